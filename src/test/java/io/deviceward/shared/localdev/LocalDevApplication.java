package io.deviceward.shared.localdev;

import io.deviceward.Application;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * What {@code ./dw run} starts ({@code spring-boot:test-run}): the app with the embedded MariaDB and the local
 * Keycloak, which live in test scope so they never reach the production jar. Listens on 127.0.0.1 unless
 * {@code DEVICEWARD_BIND_ADDRESS} (or {@code SERVER_ADDRESS}) says otherwise.
 */
public final class LocalDevApplication {
    static final String BIND_ADDRESS = "server.address";
    private static volatile boolean localRun;

    private LocalDevApplication() {}

    /** True in the JVM of {@code ./dw run}; false in tests, which load the same post-processors. */
    static boolean isLocalRun() {
        return localRun;
    }

    public static void main(String[] args) {
        localRun = true;
        // A line per stage on the console (Keycloak starts before logging is set up); ./dw run printed "building".
        LocalRunConsole.enable(System.out);
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent ready) {
                var environment = ready.getApplicationContext().getEnvironment();
                LocalRunConsole.ready(
                        environment.getProperty(BIND_ADDRESS),
                        environment.getProperty("local.server.port", Integer.class, 8080));
            } else if (event instanceof ApplicationFailedEvent) {
                LocalRunConsole.stage("did not start: the error is above");
            }
        });
        application.setDefaultProperties(Map.of(BIND_ADDRESS, "${DEVICEWARD_BIND_ADDRESS:127.0.0.1}"));
        // The test classpath also holds the tests' own beans (fixtures, the test clock): keep them out.
        application.addInitializers(context ->
                context.getBeanFactory().registerSingleton("localRunExcludeFilter", new TestBeansExcluded()));
        application.run(args);
    }

    /** Leaves out every class compiled from src/test except this package's. */
    static final class TestBeansExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String className = reader.getClassMetadata().getClassName();
            return reader.getResource().getURL().toString().contains("/test-classes/")
                    && !className.startsWith(LocalDevApplication.class.getPackageName() + ".");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestBeansExcluded;
        }

        @Override
        public int hashCode() {
            return TestBeansExcluded.class.hashCode();
        }
    }
}
