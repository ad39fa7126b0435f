package io.deviceward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.deviceward.shared.settings.ProductionSettingsCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders the kustomize base in {@code k8s/} with {@code kubectl kustomize} and checks the properties the
 * application depends on: probes on the actuator health groups, graceful shutdown, sticky sessions (Vaadin
 * keeps UI state in the HTTP session), non-root execution and where the settings come from.
 */
class KubernetesManifestsTest {

    private static final String NAMESPACE = "deviceward";
    private static final String CONFIG_MAP = "deviceward-config";
    private static final String SECRET = "deviceward-secrets";

    private static List<Map<String, Object>> resources;

    @BeforeAll
    static void renderKustomization() throws Exception {
        Path projectDir = Path.of(System.getProperty("user.dir"));
        Path stdoutFile = Files.createTempFile("kustomize", ".yaml");
        Path stderrFile = Files.createTempFile("kustomize", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", "k8s/")
                        .directory(projectDir.toFile())
                        .redirectOutput(stdoutFile.toFile())
                        .redirectError(stderrFile.toFile())
                        .start();
            } catch (IOException e) {
                fail(
                        "Could not run 'kubectl kustomize k8s/' (" + e.getMessage() + "). "
                                + "Install kubectl (https://kubernetes.io/docs/tasks/tools/) and put it on the PATH: "
                                + "this test renders the Kubernetes manifests with it.",
                        e);
                return;
            }
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("'kubectl kustomize k8s/' did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                fail("'kubectl kustomize k8s/' exited with " + process.exitValue() + ":\n"
                        + Files.readString(stderrFile));
            }
            resources = new ArrayList<>();
            for (Object document : new Yaml().loadAll(Files.readString(stdoutFile))) {
                if (document != null) {
                    resources.add(map(document, "rendered document"));
                }
            }
        } finally {
            Files.deleteIfExists(stdoutFile);
            Files.deleteIfExists(stderrFile);
        }
    }

    @Test
    void everyNamespacedResourceIsInTheDevicewardNamespace() {
        assertTrue(resources.size() >= 7, "expected at least 7 resources, got " + resources.size());
        for (Map<String, Object> resource : resources) {
            Map<String, Object> metadata = map(resource.get("metadata"), "metadata");
            String kind = (String) resource.get("kind");
            if ("Namespace".equals(kind)) {
                assertEquals(NAMESPACE, metadata.get("name"));
            } else {
                assertEquals(NAMESPACE, metadata.get("namespace"), kind + " " + metadata.get("name"));
            }
        }
        resource("Namespace", NAMESPACE);
    }

    @Test
    void deploymentRunsSeveralReplicasWithHealthProbesAndGracefulShutdown() {
        Map<String, Object> spec = map(resource("Deployment", "deviceward").get("spec"), "Deployment spec");
        assertTrue(((Number) spec.get("replicas")).intValue() >= 2, "replicas: " + spec.get("replicas"));

        Map<String, Object> podSpec = podSpec();
        Number grace = (Number) podSpec.get("terminationGracePeriodSeconds");
        assertNotNull(grace, "terminationGracePeriodSeconds must be set");
        assertTrue(grace.intValue() >= 30, "terminationGracePeriodSeconds: " + grace);

        Map<String, Object> container = container();
        assertEquals("/actuator/health/readiness", probePath(container, "readinessProbe"));
        assertEquals("/actuator/health/liveness", probePath(container, "livenessProbe"));
        assertEquals("/actuator/health/liveness", probePath(container, "startupProbe"));

        List<Object> ports = list(container.get("ports"), "ports");
        assertTrue(
                ports.stream()
                        .map(p -> map(p, "port"))
                        .anyMatch(p -> "http".equals(p.get("name")) && Objects.equals(8080, p.get("containerPort"))),
                "container port 8080 named http: " + ports);
    }

    @Test
    void deploymentRunsAsNonRoot() {
        Map<String, Object> podSecurity = map(podSpec().get("securityContext"), "pod securityContext");
        Map<String, Object> containerSecurity = map(container().get("securityContext"), "container securityContext");
        assertEquals(Boolean.TRUE, podSecurity.get("runAsNonRoot"));
        assertEquals(Boolean.TRUE, containerSecurity.get("runAsNonRoot"));
        assertEquals(10001, containerSecurity.get("runAsUser"));
        assertEquals(Boolean.FALSE, containerSecurity.get("allowPrivilegeEscalation"));
    }

    @Test
    void containerTakesItsSettingsFromTheConfigMapAndTheSecret() {
        List<Object> envFrom = list(container().get("envFrom"), "envFrom");
        assertTrue(
                envFrom.stream()
                        .map(e -> map(e, "envFrom entry"))
                        .anyMatch(e -> e.get("configMapRef") != null
                                && CONFIG_MAP.equals(map(e.get("configMapRef"), "configMapRef")
                                        .get("name"))),
                "envFrom ConfigMap " + CONFIG_MAP + ": " + envFrom);
        assertTrue(
                envFrom.stream()
                        .map(e -> map(e, "envFrom entry"))
                        .anyMatch(e -> e.get("secretRef") != null
                                && SECRET.equals(
                                        map(e.get("secretRef"), "secretRef").get("name"))),
                "envFrom Secret " + SECRET + ": " + envFrom);

        Map<String, Object> config = map(resource("ConfigMap", CONFIG_MAP).get("data"), "ConfigMap data");
        assertTrue(
                config.get("DEVICEWARD_DB_URL") instanceof String url && url.startsWith("jdbc:mariadb://"),
                "DEVICEWARD_DB_URL: " + config.get("DEVICEWARD_DB_URL"));
        assertTrue(
                config.get("DEVICEWARD_OIDC_ISSUER_URI") instanceof String issuer && issuer.startsWith("https://"),
                "DEVICEWARD_OIDC_ISSUER_URI: " + config.get("DEVICEWARD_OIDC_ISSUER_URI"));

        Map<String, Object> secret = resource("Secret", SECRET);
        Map<String, Object> secretData = secret.get("stringData") != null
                ? map(secret.get("stringData"), "Secret stringData")
                : map(secret.get("data"), "Secret data");
        assertTrue(secretData.containsKey("DEVICEWARD_AUDIT_HMAC_KEY"), "Secret keys: " + secretData.keySet());
        assertTrue(secretData.containsKey("DEVICEWARD_DB_PASSWORD"), "Secret keys: " + secretData.keySet());
        assertTrue(secretData.containsKey("DEVICEWARD_OIDC_CLIENT_SECRET"), "Secret keys: " + secretData.keySet());
    }

    /** The production profile refuses to start without these: the ConfigMap and the Secret together set each. */
    @Test
    void deploymentRunsTheProductionProfileWithEveryRequiredVariable() {
        Map<String, Object> config = map(resource("ConfigMap", CONFIG_MAP).get("data"), "ConfigMap data");
        assertEquals("production", config.get("SPRING_PROFILES_ACTIVE"), "ConfigMap SPRING_PROFILES_ACTIVE");
        assertEquals("false", config.get("DEVICEWARD_DEMO_DATA"), "ConfigMap DEVICEWARD_DEMO_DATA");
        Map<String, Object> secret = resource("Secret", SECRET);
        Map<String, Object> secretData = secret.get("stringData") != null
                ? map(secret.get("stringData"), "Secret stringData")
                : map(secret.get("data"), "Secret data");
        for (String variable : ProductionSettingsCheck.REQUIRED_VARIABLES) {
            boolean secretValue = variable.endsWith("_KEY") || variable.endsWith("_SECRET");
            Map<String, Object> source = secretValue ? secretData : config;
            assertTrue(
                    source.get(variable) instanceof String value && !value.isBlank(),
                    variable + " must be set in the " + (secretValue ? "Secret" : "ConfigMap"));
            if (secretValue) {
                assertFalse(config.containsKey(variable), variable + " belongs in the Secret, not the ConfigMap");
            }
        }
    }

    @Test
    void serviceAndIngressKeepAUserOnOnePod() {
        Map<String, Object> service = map(resource("Service", "deviceward").get("spec"), "Service spec");
        assertEquals("ClientIP", service.get("sessionAffinity"));

        Map<String, Object> ingress = resource("Ingress", "deviceward");
        Map<String, Object> annotations =
                map(map(ingress.get("metadata"), "metadata").get("annotations"), "Ingress annotations");
        assertEquals("cookie", annotations.get("nginx.ingress.kubernetes.io/affinity"));
        assertNotNull(annotations.get("nginx.ingress.kubernetes.io/session-cookie-name"));

        Map<String, Object> ingressSpec = map(ingress.get("spec"), "Ingress spec");
        assertEquals("nginx", ingressSpec.get("ingressClassName"));
        assertTrue(ingressSpec.get("tls") instanceof List<?> tls && !tls.isEmpty(), "Ingress must terminate TLS");
    }

    @Test
    void podDisruptionBudgetKeepsOnePodRunning() {
        Map<String, Object> pdb =
                map(resource("PodDisruptionBudget", "deviceward").get("spec"), "PDB spec");
        assertEquals(1, pdb.get("minAvailable"));
    }

    private static Map<String, Object> podSpec() {
        Map<String, Object> spec = map(resource("Deployment", "deviceward").get("spec"), "Deployment spec");
        return map(map(spec.get("template"), "pod template").get("spec"), "pod spec");
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(podSpec().get("containers"), "containers");
        assertEquals(1, containers.size(), "containers");
        return map(containers.get(0), "container");
    }

    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> httpGet = map(map(container.get(probe), probe).get("httpGet"), probe + ".httpGet");
        return (String) httpGet.get("path");
    }

    private static Map<String, Object> resource(String kind, String name) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind"))
                        && name.equals(map(r.get("metadata"), "metadata").get("name")))
                .findFirst()
                .orElseGet(() -> fail("no " + kind + " named " + name + " in the rendered manifests"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is missing or not a mapping: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertTrue(value instanceof List, what + " is missing or not a list: " + value);
        return (List<Object>) value;
    }
}
