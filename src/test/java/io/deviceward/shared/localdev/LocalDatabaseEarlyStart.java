package io.deviceward.shared.localdev;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the local run's embedded MariaDB as soon as the settings are read, on a thread of its own, so it comes up
 * while Keycloak is checked (or started) and the context builds its beans; {@link LocalDatabaseConfiguration} then
 * waits for it where the data source is made. Before, the three started one after another. Only in the local run
 * ({@link LocalDevApplication}) and when no database is configured.
 */
public class LocalDatabaseEarlyStart implements EnvironmentPostProcessor, Ordered {
    private static volatile @Nullable CompletableFuture<EmbeddedMariaDb.Running> starting;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Only in ./dw run: a test's database URL arrives after this (TestDatabaseInitializer), so without the check
        // every integration-test JVM started an embedded MariaDB on 3307 (the run's port and data) that it never used.
        if (!LocalDevApplication.isLocalRun()
                || !environment.getProperty("spring.datasource.url", "").isBlank()
                || starting != null) {
            return;
        }
        EmbeddedMariaDb.Settings settings = settings(
                environment.resolvePlaceholders("${deviceward.local.cache-dir:${user.home}/.cache/deviceward}"),
                environment.getProperty("deviceward.local.database-port", Integer.class, 3307),
                environment.getProperty("deviceward.local.database-password", ""));
        starting = CompletableFuture.supplyAsync(
                () -> EmbeddedMariaDb.start(settings),
                task -> Thread.ofPlatform()
                        .name("local-database-start")
                        .daemon()
                        .start(task));
    }

    static EmbeddedMariaDb.Settings settings(String cacheDir, int port, String password) {
        return new EmbeddedMariaDb.Settings(Path.of(cacheDir), port, password);
    }

    /** The database started early, once it is up; or, if nothing started it early, started now. */
    static EmbeddedMariaDb.Running running(EmbeddedMariaDb.Settings settings) {
        CompletableFuture<EmbeddedMariaDb.Running> early = starting;
        if (early == null) {
            return EmbeddedMariaDb.start(settings);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        } finally {
            starting = null;
        }
    }

    @Override
    public int getOrder() {
        // After application.yml is read; before LocalKeycloakEnvironment (the lowest), which may wait a minute.
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
