package io.deviceward.shared.localdev;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The local Keycloak starts beside the app ({@link LocalKeycloakEnvironment}); the app is not ready (nor a test's
 * context handed over) until it answers, so the first sign-in after "ready" works. The last start-up step: the
 * database, migrations and demo data go on meanwhile.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LocalKeycloakReady implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        LocalKeycloakEnvironment.awaitStarted();
    }
}
