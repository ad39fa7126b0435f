package io.deviceward.shared.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.Application;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The production profile with application.yml's real placeholders: every missing or default secret is refused,
 * naming its variable; a complete set passes; demo data is off unless asked for.
 */
class ProductionSettingsCheckTest {
    private static final String GOOD_KEY = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c";

    private static Map<String, Object> complete() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("DEVICEWARD_AUDIT_HMAC_KEY", GOOD_KEY);
        variables.put("DEVICEWARD_OIDC_CLIENT_SECRET", "a-real-web-client-secret");
        variables.put("DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET", "a-real-admin-client-secret");
        variables.put("DEVICEWARD_DB_URL", "jdbc:mariadb://db:3306/deviceward");
        variables.put("DEVICEWARD_OIDC_ISSUER_URI", "https://sso.example.com/realms/deviceward");
        return variables;
    }

    @Test
    void completeSettingsPass() throws IOException {
        assertThat(ProductionSettingsCheck.problems(production(complete()))).isEmpty();
    }

    @Test
    void missingHmacKeyIsRefused() throws IOException {
        Map<String, Object> variables = complete();
        variables.remove("DEVICEWARD_AUDIT_HMAC_KEY"); // application.yml falls back to the development key
        assertThat(ProductionSettingsCheck.problems(production(variables)))
                .singleElement()
                .asString()
                .startsWith("DEVICEWARD_AUDIT_HMAC_KEY is not set or is a development default");
    }

    @Test
    void developmentOrPlaceholderHmacKeyIsRefused() throws IOException {
        for (String key : List.of("local-development-key-change-me", "change-me", "  ")) {
            Map<String, Object> variables = complete();
            variables.put("DEVICEWARD_AUDIT_HMAC_KEY", key);
            assertThat(ProductionSettingsCheck.problems(production(variables)))
                    .as(key)
                    .singleElement()
                    .asString()
                    .startsWith("DEVICEWARD_AUDIT_HMAC_KEY");
        }
    }

    @Test
    void shortHmacKeyIsRefused() throws IOException {
        Map<String, Object> variables = complete();
        variables.put("DEVICEWARD_AUDIT_HMAC_KEY", "only-twenty-chars-xx");
        assertThat(ProductionSettingsCheck.problems(production(variables)))
                .singleElement()
                .asString()
                .startsWith("DEVICEWARD_AUDIT_HMAC_KEY is too short (20 characters)");
    }

    @Test
    void defaultClientSecretsAreRefused() throws IOException {
        Map<String, Object> variables = complete();
        variables.remove("DEVICEWARD_OIDC_CLIENT_SECRET"); // application.yml's default: deviceward-web-secret
        variables.put("DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET", "deviceward-admin-secret");
        assertThat(ProductionSettingsCheck.problems(production(variables)))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).startsWith("DEVICEWARD_OIDC_CLIENT_SECRET"))
                .anySatisfy(problem -> assertThat(problem).startsWith("DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET"));
    }

    @Test
    void missingDatabaseUrlAndIssuerAreRefused() throws IOException {
        Map<String, Object> variables = complete();
        variables.remove("DEVICEWARD_DB_URL");
        variables.remove("DEVICEWARD_OIDC_ISSUER_URI");
        assertThat(ProductionSettingsCheck.problems(production(variables)))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).startsWith("DEVICEWARD_DB_URL is not set"))
                .anySatisfy(problem -> assertThat(problem).startsWith("DEVICEWARD_OIDC_ISSUER_URI is not set"));
    }

    @Test
    void demoDataIsOffInProductionUnlessAskedFor() throws IOException {
        assertThat(production(complete()).getProperty("deviceward.demo-data", Boolean.class))
                .isFalse();
        Map<String, Object> asked = complete();
        asked.put("DEVICEWARD_DEMO_DATA", "true");
        assertThat(production(asked).getProperty("deviceward.demo-data", Boolean.class))
                .isTrue();
    }

    /** The real start: the application refuses before any bean exists, under "production" and "prod" alike. */
    @Test
    void theApplicationRefusesToStartNamingTheVariable() {
        for (String profile : List.of("production", "prod")) {
            Map<String, Object> variables = complete();
            variables.remove("DEVICEWARD_AUDIT_HMAC_KEY");
            assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                            .web(WebApplicationType.NONE)
                            .profiles(profile)
                            .properties(variables)
                            .run()
                            .close())
                    .as(profile)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DEVICEWARD_AUDIT_HMAC_KEY is not set");
        }
    }

    /** application.yml and application-production.yml as Spring Boot layers them, under these variables. */
    private static StandardEnvironment production(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource("variables", variables));
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        yaml.load("production", new ClassPathResource("application-production.yml"))
                .forEach(sources::addLast);
        yaml.load("application", new ClassPathResource("application.yml")).forEach(sources::addLast);
        environment.setActiveProfiles("production");
        return environment;
    }
}
