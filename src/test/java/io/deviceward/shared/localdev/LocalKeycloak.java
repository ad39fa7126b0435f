package io.deviceward.shared.localdev;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a local Keycloak (dev mode, H2 file database under {@code <home>/data}) as a child process,
 * for the app's local run command and for tests. Plain JDK so it works before Spring starts.
 *
 * <p>Keycloak imports the realm file only when the realm does not exist yet: after editing the realm
 * JSON, delete {@code <home>/data/h2} to get a fresh import.
 */
public final class LocalKeycloak {

    /**
     * Where Keycloak lives and listens; {@code environment} is added to its process environment and
     * fills the realm file's {@code ${VAR:default}} placeholders (the SMTP server, say) at import.
     */
    public record Settings(Path home, int port, Path realmFile, Path logFile, Map<String, String> environment) {
        public Settings(Path home, int port, Path realmFile, Path logFile) {
            this(home, port, realmFile, logFile, Map.of());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
    private static final String REALM = "deviceward";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(420);
    private static final int LOG_TAIL_LINES = 40;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // plain HTTP; avoids an h2c upgrade attempt
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** Processes this JVM started, by port; a second call for the same port reuses them. */
    private static final Map<Integer, Process> STARTED = new HashMap<>();

    private LocalKeycloak() {}

    /** The issuer a local Keycloak on this port has: known before it answers. */
    public static URI issuer(int port) {
        return URI.create("http://localhost:" + port + "/realms/" + REALM);
    }

    /**
     * {@link #ensureRunning} on a thread of its own, so the app's context (which needs no Keycloak to start) and the
     * database start beside it; the future completes once the realm's discovery document answers.
     */
    public static CompletableFuture<URI> ensureRunningInBackground(Settings settings) {
        return CompletableFuture.supplyAsync(
                () -> ensureRunning(settings),
                task -> Thread.ofPlatform()
                        .name("local-keycloak-start")
                        .daemon()
                        .start(task));
    }

    /**
     * Starts Keycloak unless one already answers on the port; returns the issuer URI
     * {@code http://localhost:<port>/realms/deviceward}. Blocks until the realm's discovery document
     * answers, at most 420 s (a first start on a busy machine is slow), else throws IllegalStateException with the log file named.
     * Idempotent within the JVM (synchronized, remembers the started process).
     */
    public static synchronized URI ensureRunning(Settings settings) {
        URI issuer = issuer(settings.port());
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");

        // One left running by an earlier run (or another JVM) is good enough: reuse it.
        if (answers(discovery)) {
            log.info("Keycloak already answers at {}", issuer);
            LocalRunConsole.stage("Keycloak already runs at http://localhost:" + settings.port());
            return issuer;
        }

        Process process = STARTED.get(settings.port());
        long logOffset = 0;
        if (process == null || !process.isAlive()) {
            logOffset = logSize(settings.logFile());
            LocalRunConsole.stage("starting Keycloak on http://localhost:" + settings.port()
                    + " — the first start takes about a minute (log: " + settings.logFile() + ")…");
            process = start(settings);
            STARTED.put(settings.port(), process);
        }
        awaitDiscovery(process, discovery, settings.logFile(), logOffset);
        log.info("Keycloak answers at {}", issuer);
        LocalRunConsole.stage("Keycloak ready");
        return issuer;
    }

    private static Process start(Settings settings) {
        Path home = settings.home().toAbsolutePath();
        Path kcSh = home.resolve("bin/kc.sh");
        try {
            // --import-realm reads every realm file in data/import.
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(
                    settings.realmFile(),
                    importDir.resolve("deviceward-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            makeScriptsExecutable(home.resolve("bin"), kcSh);

            Path logFile = settings.logFile().toAbsolutePath();
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "%n=== LocalKeycloak: starting %s on port %d at %s ===%n"
                            .formatted(home, settings.port(), Instant.now()),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);

            int port = settings.port();
            ProcessBuilder builder = new ProcessBuilder(
                            kcSh.toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-host=127.0.0.1",
                            "--hostname=http://localhost:" + port,
                            "--import-realm",
                            "--health-enabled=true",
                            // The health endpoints get their own port (default 9000): derive it, so two instances can
                            // run side by side.
                            "--http-management-port=" + (port + 1000))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.putAll(settings.environment());
            // kc.sh needs a JVM; the one running us is new enough (Keycloak runs on 17+).
            env.put("JAVA_HOME", System.getProperty("java.home"));

            log.info("Starting Keycloak from {} on port {} (log: {})", home, port, logFile);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "local-keycloak-stop"));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Unpacking the dist with Maven can drop the executable bits. */
    private static void makeScriptsExecutable(Path bin, Path kcSh) throws IOException {
        if (Files.isExecutable(kcSh)) {
            return;
        }
        try (Stream<Path> files = Files.list(bin)) {
            files.filter(Files::isRegularFile).forEach(file -> file.toFile().setExecutable(true, false));
        }
    }

    private static void awaitDiscovery(Process process, URI discovery, Path logFile, long logOffset) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (answers(discovery)) {
                return;
            }
            if (!process.isAlive()) {
                // Typically the port is taken by something else, or the realm file does not import.
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before " + discovery + " answered; log " + logFile + " ends with:\n"
                        + logTail(logFile, logOffset));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak did not answer " + discovery + " within "
                + START_TIMEOUT.toSeconds() + " s; see " + logFile + ", which ends with:\n"
                + logTail(logFile, logOffset));
    }

    /** True if the realm's discovery document answers 200. */
    private static boolean answers(URI discovery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery)
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /** kc.sh runs Java as its child: stop the whole tree, politely first. */
    private static void stop(Process process) {
        // Take the list before killing the script: orphans no longer count as its descendants.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static long logSize(Path logFile) {
        try {
            return Files.exists(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last lines this start wrote to the log (not those of earlier runs). */
    private static String logTail(Path logFile, long fromOffset) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(fromOffset, length - 64 * 1024); // the tail is enough
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
