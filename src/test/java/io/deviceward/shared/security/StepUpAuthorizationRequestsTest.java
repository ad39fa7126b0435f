package io.deviceward.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The step-up's return target is a path of DeviceWard, never a way to send someone elsewhere after sign-in. */
class StepUpAuthorizationRequestsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/practices/7c1f2f0e-0d7c-4d43-9a57-8f2f1d4d6a10",
                "/practices/x/devices?q=chair&gap=FIREWALL_OFF",
                "/"
            })
    void aPathOfTheAppIsATarget(String target) {
        assertThat(StepUpAuthorizationRequests.isLocalPath(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/practices",
                "/\\evil.example",
                "evil.example",
                "/practices\r\nSet-Cookie: x=y",
                ""
            })
    void anotherHostOrATrickIsNot(String target) {
        assertThat(StepUpAuthorizationRequests.isLocalPath(target)).isFalse();
    }

    @Test
    void noTargetIsNoTarget() {
        assertThat(StepUpAuthorizationRequests.isLocalPath(null)).isFalse();
    }

    @Test
    void theStepUpUrlCarriesTheTargetEncoded() {
        assertThat(StepUpAuthorizationRequests.stepUpUrl("/practices/a?q=x y"))
                .isEqualTo("/oauth2/authorization/keycloak?step-up&target=%2Fpractices%2Fa%3Fq%3Dx+y");
    }
}
