package io.deviceward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deviceward.shared.settings.ProductionSettingsCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker/Dockerfile and docker/compose.yaml: a multi-stage production build that runs as a non-root
 * user, and a compose stack whose services report their health and start in dependency order.
 */
class DockerFilesTest {

    private static final Path PROJECT_DIR = Path.of(System.getProperty("user.dir"));

    @Test
    void composeServicesHaveHealthchecks() throws IOException {
        Map<String, Object> services = services();
        for (String name : List.of("mariadb", "keycloak", "app")) {
            Map<String, Object> service = map(services.get(name), "service " + name);
            Map<String, Object> healthcheck = map(service.get("healthcheck"), name + ".healthcheck");
            assertNotNull(healthcheck.get("test"), name + ".healthcheck.test");
            assertFalse(Boolean.TRUE.equals(healthcheck.get("disable")), name + ".healthcheck is disabled");
        }
    }

    @Test
    void appWaitsForAHealthyDatabaseAndKeycloak() throws IOException {
        Map<String, Object> app = map(services().get("app"), "service app");
        Map<String, Object> dependsOn = map(app.get("depends_on"), "app.depends_on (long form)");
        for (String dependency : List.of("mariadb", "keycloak")) {
            Map<String, Object> condition = map(dependsOn.get(dependency), "app.depends_on." + dependency);
            assertEquals("service_healthy", condition.get("condition"), "app.depends_on." + dependency);
        }
    }

    @Test
    void appIsConfiguredForTheComposeNetwork() throws IOException {
        Map<String, Object> app = map(services().get("app"), "service app");
        Map<String, Object> build = map(app.get("build"), "app.build");
        assertEquals("docker/Dockerfile", build.get("dockerfile"));
        Map<String, Object> env = map(app.get("environment"), "app.environment (mapping)");
        assertEquals("jdbc:mariadb://mariadb:3306/deviceward", env.get("DEVICEWARD_DB_URL"));
        assertTrue(
                String.valueOf(env.get("DEVICEWARD_OIDC_ISSUER_URI")).endsWith("/realms/deviceward"),
                "DEVICEWARD_OIDC_ISSUER_URI: " + env.get("DEVICEWARD_OIDC_ISSUER_URI"));
        assertTrue(
                String.valueOf(env.get("DEVICEWARD_AUDIT_HMAC_KEY")).contains(":?"),
                "DEVICEWARD_AUDIT_HMAC_KEY must be required (${VAR:?message}), not defaulted");

        // The issuer the app uses must be the one Keycloak announces to browsers and the app alike.
        Map<String, Object> keycloak = map(services().get("keycloak"), "service keycloak");
        String issuer = String.valueOf(env.get("DEVICEWARD_OIDC_ISSUER_URI"));
        String hostname = String.valueOf(keycloak.get("command"));
        assertTrue(
                hostname.contains("--hostname=" + issuer.substring(0, issuer.indexOf("/realms/"))),
                "Keycloak's --hostname must match the app's issuer " + issuer + ": " + hostname);
    }

    /** The production profile refuses to start without these; compose must pass each, secrets without a default. */
    @Test
    void appRunsTheProductionProfileWithEveryRequiredVariable() throws IOException {
        Map<String, Object> env = map(map(services().get("app"), "service app").get("environment"), "app.environment");
        assertEquals("production", env.get("SPRING_PROFILES_ACTIVE"), "app.environment.SPRING_PROFILES_ACTIVE");
        for (String variable : ProductionSettingsCheck.REQUIRED_VARIABLES) {
            String value = String.valueOf(env.get(variable));
            assertTrue(env.containsKey(variable) && !value.isBlank(), "app.environment must set " + variable);
            assertFalse(value.contains(":-"), variable + " must not fall back to a default: " + value);
            if (variable.endsWith("_KEY") || variable.endsWith("_SECRET")) {
                assertTrue(value.contains(":?"), variable + " must be required (${VAR:?message}): " + value);
            }
        }
        // Keycloak imports the two client secrets into the realm: it must get the same values as the app.
        Map<String, Object> keycloak =
                map(map(services().get("keycloak"), "service keycloak").get("environment"), "keycloak.environment");
        for (String secret : List.of("DEVICEWARD_OIDC_CLIENT_SECRET", "DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET")) {
            assertEquals(env.get(secret), keycloak.get(secret), "keycloak.environment." + secret);
        }
    }

    @Test
    void imageDefaultsToTheProductionProfile() throws IOException {
        String dockerfile = Files.readString(PROJECT_DIR.resolve("docker/Dockerfile"));
        assertTrue(
                dockerfile.lines().map(String::strip).anyMatch("ENV SPRING_PROFILES_ACTIVE=production"::equals),
                "the runtime image must set ENV SPRING_PROFILES_ACTIVE=production");
    }

    @Test
    void dockerfileIsAMultiStageProductionBuildRunningAsNonRoot() throws IOException {
        List<String> instructions = Files.readAllLines(PROJECT_DIR.resolve("docker/Dockerfile")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        int lastFrom = -1;
        int fromCount = 0;
        int lastUser = -1;
        for (int i = 0; i < instructions.size(); i++) {
            String upper = instructions.get(i).toUpperCase(Locale.ROOT);
            if (upper.startsWith("FROM ")) {
                fromCount++;
                lastFrom = i;
            } else if (upper.startsWith("USER ")) {
                lastUser = i;
            }
        }
        assertTrue(fromCount >= 2, "expected a multi-stage build, found " + fromCount + " FROM line(s)");
        assertTrue(lastUser > lastFrom, "the runtime stage must switch to a non-root USER");
        String user = instructions.get(lastUser).substring("USER".length()).strip();
        String userName = user.split(":")[0];
        assertFalse(userName.equals("root") || userName.equals("0"), "runtime USER is root: " + user);

        String dockerfile = String.join("\n", instructions);
        assertTrue(dockerfile.contains("-Dproduction"), "the build must pass -Dproduction");
        assertFalse(
                dockerfile.contains("-Pproduction"),
                "use -Dproduction: -Pproduction would leave the Keycloak-downloading profile active");
        assertTrue(dockerfile.contains("HEALTHCHECK"), "the image should declare a HEALTHCHECK");
        assertTrue(dockerfile.contains("EXPOSE 8080"), "the image should expose 8080");
    }

    @Test
    void theRuntimeStageTrainsTheAotCacheItStartsFrom() throws IOException {
        List<String> instructions = Files.readAllLines(PROJECT_DIR.resolve("docker/Dockerfile")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        int lastFrom = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) lastFrom = i;
        }
        List<String> runtime = instructions.subList(lastFrom, instructions.size());
        int options = indexOf(runtime, "ENV JAVA_TOOL_OPTIONS=");
        int training = indexOf(runtime, "RUN /opt/aot/train.sh /app/app.aot ");
        assertTrue(options >= 0 && training > options, "the JVM options are set before the training run");
        assertTrue(runtime.getFirst().contains(":25-"), "JDK 25 for the AOT cache: " + runtime.getFirst());
        String entrypoint = runtime.get(indexOf(runtime, "ENTRYPOINT"));
        assertTrue(entrypoint.contains("-XX:AOTCache=/app/app.aot"), entrypoint);
        assertTrue(Files.isExecutable(PROJECT_DIR.resolve("docker/aot/train.sh")), "train.sh is executable");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) return i;
        }
        return -1;
    }

    @Test
    void dockerignoreKeepsBuildOutputAndGitOutOfTheContext() throws IOException {
        List<String> ignored = Files.readAllLines(PROJECT_DIR.resolve(".dockerignore")).stream()
                .map(String::strip)
                .toList();
        assertTrue(ignored.contains("target/") || ignored.contains("target"), ".dockerignore: " + ignored);
        assertTrue(ignored.contains(".git/") || ignored.contains(".git"), ".dockerignore: " + ignored);
    }

    private static Map<String, Object> services() throws IOException {
        Object compose = new Yaml().load(Files.readString(PROJECT_DIR.resolve("docker/compose.yaml")));
        return map(map(compose, "docker/compose.yaml").get("services"), "services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is missing or not a mapping: " + value);
        return (Map<String, Object>) value;
    }
}
