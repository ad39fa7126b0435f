package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** An unreachable Keycloak or mail server is logged as one line naming the cause, not a stack trace. */
class KeycloakUnavailableExceptionTest {

    @Test
    void theCauseIsTheInnermostOneInOneLine() {
        KeycloakUnavailableException e = new KeycloakUnavailableException(
                "Sending the invitation",
                new RuntimeException("HTTP 500", new ConnectException("Connection refused: 127.0.0.1:3025")));
        assertThat(KeycloakUnavailableException.cause(e))
                .isEqualTo("ConnectException (Connection refused: 127.0.0.1:3025)")
                .doesNotContain("\n");
    }
}
