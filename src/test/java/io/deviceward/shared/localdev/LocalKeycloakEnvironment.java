package io.deviceward.shared.localdev;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no issuer URI is configured, starts the local Keycloak that the build unpacked and points the app at it. The
 * issuer is known before Keycloak answers and the app reads nothing from it at start (shared/security/
 * OidcConfiguration), so Keycloak starts on a thread of its own beside the database and the context;
 * {@link LocalKeycloakReady} holds the start back until it answers, so "ready" means a sign-in works. In production
 * the issuer is always configured, and {@code deviceward.local.keycloak-home} is not set, so nothing starts.
 */
public class LocalKeycloakEnvironment implements EnvironmentPostProcessor, Ordered {
    static final String ISSUER = "deviceward.oidc.issuer-uri";
    static final String KEYCLOAK_HOME = "deviceward.local.keycloak-home";

    private static volatile @Nullable CompletableFuture<URI> starting;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String issuer = environment.getProperty(ISSUER, "");
        if (!issuer.isBlank()) {
            return;
        }
        String home = environment.getProperty(KEYCLOAK_HOME, "");
        if (home.isBlank() || !Files.isDirectory(Path.of(home))) {
            throw new IllegalStateException("No identity provider configured: set DEVICEWARD_OIDC_ISSUER_URI, "
                    + "or start the app with ./dw run, which starts a local Keycloak"
                    + (home.isBlank() ? "" : " (expected it unpacked in " + home + ")"));
        }
        int port = environment.getProperty("deviceward.local.keycloak-port", Integer.class, 8180);
        Path keycloakHome = Path.of(home);
        Path realm = Path.of(environment.getProperty(
                "deviceward.local.realm-file", "src/main/resources/keycloak/deviceward-realm.json"));
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException(
                    "Realm file " + realm.toAbsolutePath() + " not found: run from the project folder");
        }
        Path logFile = keycloakHome.resolveSibling("keycloak-" + port + ".log");
        // The realm file sends mail to ${DEVICEWARD_SMTP_HOST}:${DEVICEWARD_SMTP_PORT}; locally that is a sink
        // chosen by deviceward.local.smtp-port (tests run GreenMail there) unless the variables are set.
        Map<String, String> keycloakEnv = new HashMap<>();
        if (System.getenv("DEVICEWARD_SMTP_PORT") == null) {
            keycloakEnv.put("DEVICEWARD_SMTP_PORT", environment.getProperty("deviceward.local.smtp-port", "3025"));
        }
        starting = LocalKeycloak.ensureRunningInBackground(
                new LocalKeycloak.Settings(keycloakHome, port, realm, logFile, keycloakEnv));
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "localKeycloak",
                        Map.of(ISSUER, LocalKeycloak.issuer(port).toString())));
    }

    /** Waits until the Keycloak this JVM started (or found running) answers; nothing if none was asked for. */
    static void awaitStarted() {
        CompletableFuture<URI> keycloak = starting;
        if (keycloak == null) return;
        try {
            keycloak.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    @Override
    public int getOrder() {
        // After application.yml and the test's properties are loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
