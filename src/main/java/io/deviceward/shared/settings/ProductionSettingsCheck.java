package io.deviceward.shared.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Fails closed: under the {@code production} profile (alias {@code prod}; docker/ and k8s/ set it) the app
 * refuses to start, naming each variable, while a secret is missing or still the published development value,
 * or no database or identity provider is configured. Runs before the context, so nothing has connected anywhere
 * yet. See docs/decisions/2026-12-01-secure-defaults.md.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {
    public static final Profiles PRODUCTION = Profiles.of("production", "prod");
    static final int MIN_HMAC_KEY_LENGTH = 32;

    /** What a production deployment must set (docker/ and k8s/ are checked against this list). */
    public static final List<String> REQUIRED_VARIABLES = List.of(
            "DEVICEWARD_AUDIT_HMAC_KEY",
            "DEVICEWARD_OIDC_CLIENT_SECRET",
            "DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET",
            "DEVICEWARD_DB_URL",
            "DEVICEWARD_OIDC_ISSUER_URI");

    /** Values that appear in this repository (application.yml, the realm file, k8s/secret.yaml, compose). */
    private static final Set<String> DEVELOPMENT_VALUES = Set.of(
            "local-development-key-change-me",
            "test-only-audit-key",
            "deviceward-web-secret",
            "deviceward-admin-secret",
            "change-me",
            "changeme",
            "secret");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(PRODUCTION)) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("DeviceWard does not start in production with these settings:\n - "
                    + String.join("\n - ", problems)
                    + "\n(see README, section Configuration)");
        }
    }

    /** Each problem as a sentence that starts with the environment variable to set. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        String hmacKey = value(environment, "deviceward.audit.hmac-key");
        if (hmacKey.isBlank() || isDevelopmentValue(hmacKey)) {
            problems.add("DEVICEWARD_AUDIT_HMAC_KEY is not set or is a development default: set a random value of"
                    + " at least " + MIN_HMAC_KEY_LENGTH + " characters (e.g. openssl rand -hex 32) and keep it");
        } else if (hmacKey.length() < MIN_HMAC_KEY_LENGTH) {
            problems.add("DEVICEWARD_AUDIT_HMAC_KEY is too short (" + hmacKey.length() + " characters): use at least "
                    + MIN_HMAC_KEY_LENGTH);
        }
        requireSecret(
                environment,
                problems,
                "spring.security.oauth2.client.registration.keycloak.client-secret",
                "DEVICEWARD_OIDC_CLIENT_SECRET",
                "the web app's OIDC client secret");
        requireSecret(
                environment,
                problems,
                "deviceward.keycloak-admin.client-secret",
                "DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET",
                "the admin-API client's secret");
        if (value(environment, "spring.datasource.url").isBlank()) {
            problems.add("DEVICEWARD_DB_URL is not set: production needs its MariaDB, e.g."
                    + " jdbc:mariadb://db:3306/deviceward");
        }
        if (value(environment, "deviceward.oidc.issuer-uri").isBlank()) {
            problems.add("DEVICEWARD_OIDC_ISSUER_URI is not set: production needs its Keycloak realm, e.g."
                    + " https://sso.example.com/realms/deviceward");
        }
        return problems;
    }

    private static void requireSecret(
            Environment environment, List<String> problems, String property, String variable, String what) {
        String secret = value(environment, property);
        if (secret.isBlank() || isDevelopmentValue(secret)) {
            problems.add(variable + " is not set or is a development default: set " + what);
        }
    }

    private static boolean isDevelopmentValue(String value) {
        return DEVELOPMENT_VALUES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String value(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value == null ? "" : value;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10; // after the config files and profiles are read
    }
}
