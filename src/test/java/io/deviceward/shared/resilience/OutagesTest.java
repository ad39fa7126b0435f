package io.deviceward.shared.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class OutagesTest {
    @Test
    void aPoolTimeoutDeepInTheCauseChainIsAnOutage() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        var wrapped = new IllegalStateException(new CannotCreateTransactionException("no JDBC connection", timeout));
        assertThat(Outages.isDatabaseOutage(wrapped)).isTrue();
        assertThat(Outages.isDatabaseOutage(new RuntimeException(new SQLNonTransientConnectionException("gone"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Outages.isDatabaseOutage(new DataIntegrityViolationException("duplicate", new SQLException())))
                .isFalse();
        assertThat(Outages.isDatabaseOutage(new IllegalStateException(new ConnectException("Keycloak"))))
                .isFalse();
        assertThat(Outages.isDatabaseOutage(null)).isFalse();
    }
}
