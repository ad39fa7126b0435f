package io.deviceward.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of this test run's own on the shared MariaDB server (127.0.0.1:3306 unless
 * DEVICEWARD_TEST_DB_URL says otherwise), dropped when the JVM exits. Nothing another run depends
 * on is touched, whatever state the server was left in.
 */
public final class TestDatabase {
    private static final String SERVER = envOr("DEVICEWARD_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = envOr("DEVICEWARD_TEST_DB_USERNAME", "root");
    private static final String PASSWORD = envOr("DEVICEWARD_TEST_DB_PASSWORD", "");
    private static String shared;

    private TestDatabase() {}

    /**
     * The database the Spring context of this JVM uses; created on first use. With the system
     * property {@code dw.test.database} (for the benchmark: {@code ./dw bench -Ddw.test.database=dw_bench_keep})
     * it is that named database instead, created if missing and kept when the JVM exits, so a seeded
     * benchmark database can be measured again without seeding it again. Drop it by hand when done.
     */
    public static synchronized String sharedUrl() {
        if (shared == null) {
            String kept = System.getProperty("dw.test.database", "");
            if (kept.isBlank()) {
                shared = create("dw_it_");
            } else {
                if (!kept.matches("[A-Za-z0-9_]+")) throw new IllegalArgumentException("dw.test.database: " + kept);
                execute("CREATE DATABASE IF NOT EXISTS " + kept + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                shared = kept;
            }
        }
        return SERVER + shared;
    }

    /** Whether this JVM's database is a kept one (see {@link #sharedUrl()}), which may hold an earlier run's data. */
    public static boolean kept() {
        return !System.getProperty("dw.test.database", "").isBlank();
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** A fresh, empty database, dropped at JVM exit; returns its name. */
    public static String create(String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return name;
    }

    public static String urlOf(String database) {
        return SERVER + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not run \"" + sql + "\" on " + SERVER + " (is MariaDB running? .ci/run starts one)", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
