package io.deviceward.shared.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * A real Hikari pool against the real MariaDB: a pool whose every connection is in use is "busy", a database that does
 * not answer is "unreachable", so the 503 page tells people which (no Spring context needed).
 */
class PoolExhaustionIT {
    @Test
    void aPoolWithEveryConnectionInUseIsBusyNotUnreachable() throws Exception {
        try (HikariDataSource pool = pool("jdbc:mariadb://127.0.0.1:3306/", 1)) {
            try (Connection taken = pool.getConnection()) {
                Throwable failure = catchThrowable(pool::getConnection);

                assertThat(Outages.isDatabaseOutage(failure)).isTrue();
                assertThat(Outages.isPoolExhausted(failure))
                        .as(String.valueOf(failure))
                        .isTrue();
                assertThat(Outages.messageFor(failure)).isEqualTo(Outages.BUSY_MESSAGE);
            }
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsUnreachable() {
        // Port 9 (discard) has no MariaDB: the pool cannot open a connection at all.
        HikariConfig config = config("jdbc:mariadb://127.0.0.1:9/", 1);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Throwable failure = catchThrowable(pool::getConnection);

            assertThat(Outages.isDatabaseOutage(failure)).isTrue();
            assertThat(Outages.isPoolExhausted(failure))
                    .as(String.valueOf(failure))
                    .isFalse();
            assertThat(Outages.messageFor(failure)).isEqualTo(Outages.DATABASE_MESSAGE);
        }
    }

    private static HikariDataSource pool(String url, int size) {
        return new HikariDataSource(config(url, size));
    }

    private static HikariConfig config(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(300);
        config.addDataSourceProperty("connectTimeout", "200");
        return config;
    }
}
