package io.deviceward.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every failure at the API's edge is problem+json with its real status, never an empty 403 or the HTML shell. */
@IntegrationTest
class ApiEdgesIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    UUID lindenhof;

    @BeforeEach
    void demoPractice() {
        lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        HttpResponse<String> response = send("POST", devicesUrl(), "text/plain", "name=x");
        assertProblem(response, 415);
    }

    @Test
    void anUnsupportedMethodIs405() throws Exception {
        HttpResponse<String> response = send("PATCH", devicesUrl(), "application/json", "{}");
        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void anUnknownApiPathIs404ProblemNotTheAppShell() throws Exception {
        for (String path :
                List.of("/api/v1/nothing-here", "/api/v2/practices", "/api/v1/practices/" + lindenhof + "/x")) {
            HttpResponse<String> response = send("GET", "http://localhost:" + port + path, null, null);
            assertProblem(response, 404);
            assertThat(response.body()).doesNotContain("<html");
        }
    }

    @Test
    void aPageBeyondTheLastPossibleOneIs400NamingPage() throws Exception {
        HttpResponse<String> response = send("GET", devicesUrl() + "?page=42949673&size=50", null, null);
        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("page");
    }

    @Test
    void unknownEnumValuesAreRefusedAlikeNamingTheParameter() throws Exception {
        for (String parameter : List.of("category", "status", "direction", "gap")) {
            HttpResponse<String> response = send("GET", devicesUrl() + "?" + parameter + "=BOGUS", null, null);
            assertProblem(response, 400);
            assertThat(JSON.readTree(response.body()).get("field").asString())
                    .as(parameter)
                    .isEqualTo(parameter);
        }
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(1536 * 1024) + "\"}";
        HttpResponse<String> response = send("POST", devicesUrl(), "application/json", huge);
        assertProblem(response, 413);
    }

    @Test
    void practicesListsWhatTheCallerMayUseWithTheirRoles() throws Exception {
        HttpResponse<String> response =
                send("GET", "http://localhost:" + port + "/api/v1/practices", null, null, "manager.lindenhof");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        List<String> names = new ArrayList<>();
        list.forEach(practice -> names.add(practice.get("name").asString()));
        assertThat(names).containsExactly("Lindenhof Dental");
        JsonNode practice = list.get(0);
        assertThat(practice.get("id").asString()).isEqualTo(lindenhof.toString());
        assertThat(practice.get("provider").get("name").asString()).isEqualTo("MedNet IT Services");
        assertThat(practice.get("roles").get(0).asString()).isEqualTo("PRACTICE_MANAGER");

        HttpResponse<String> admin =
                send("GET", "http://localhost:" + port + "/api/v1/practices", null, null, "provider.admin");
        assertThat(JSON.readTree(admin.body()).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionHasARealTitleAndVersion() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode info = JSON.readTree(response.body()).get("info");
        assertThat(info.get("title").asString()).isEqualTo("DeviceWard API");
        assertThat(info.get("version").asString()).isEqualTo("v1");
        assertThat(response.body()).contains("/api/v1/practices\"");
    }

    @Test
    void controlAndTextDirectionCharactersAreRefusedNamingTheField() throws Exception {
        for (String name : List.of("Monitor\u0000one", "Invoice\u202Efdp.exe", "Left\u2067right")) {
            ObjectNode body = device(name);
            HttpResponse<String> response =
                    send("POST", devicesUrl(), "application/json", JSON.writeValueAsString(body));
            assertProblem(response, 400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("field").asString()).isEqualTo("name");
            assertThat(problem.get("detail").asString()).contains("text-direction");
        }
        ObjectNode note = device("Plain name " + UUID.randomUUID());
        note.put("notes", "bell\u0007");
        HttpResponse<String> response = send("POST", devicesUrl(), "application/json", JSON.writeValueAsString(note));
        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("notes");
    }

    @Test
    void aNetworkRangeInIpAddressesIsRefusedSayingItBelongsToASegment() throws Exception {
        ObjectNode body = device("Range test " + UUID.randomUUID());
        body.putArray("ipAddresses").add("192.168.1.1/24");
        HttpResponse<String> response = send("POST", devicesUrl(), "application/json", JSON.writeValueAsString(body));
        assertProblem(response, 400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("ipAddresses");
        assertThat(problem.get("detail").asString()).contains("belongs to a segment");
    }

    private ObjectNode device(String name) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("category", "PATIENT_MONITOR");
        body.put("manufacturer", "Philips");
        body.put("model", "IntelliVue MX40");
        body.put("serialNumber", "API-" + UUID.randomUUID());
        body.put("status", "IN_SERVICE");
        return body;
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private String devicesUrl() {
        return "http://localhost:" + port + "/api/v1/practices/" + lindenhof + "/devices";
    }

    private HttpResponse<String> send(String method, String url, String contentType, String body) throws Exception {
        return send(method, url, contentType, body, "manager.lindenhof");
    }

    private HttpResponse<String> send(String method, String url, String contentType, String body, String user)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, user))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
