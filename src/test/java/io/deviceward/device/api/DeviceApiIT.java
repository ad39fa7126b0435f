package io.deviceward.device.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The REST API with real Keycloak tokens of the demo users, against the running app. */
@IntegrationTest
class DeviceApiIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

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
    void aManagerCreatesReadsChangesAndDeletesADevice() throws Exception {
        ObjectNode body = device("API monitor " + UUID.randomUUID());
        body.putArray("ipAddresses").add("010.000.000.042").add("FE80:0:0::1");
        body.put("macAddress", "00-1A-2B-3C-4D-" + String.format("%02X", (int) (Math.random() * 255)));
        body.putObject("posture").putObject("firewall").put("state", "NO").put("note", "switched off by the installer");

        HttpResponse<String> created = call("manager.lindenhof", "POST", devicesUrl(), body);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode device = JSON.readTree(created.body());
        String id = device.get("id").asString();
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(device.get("ipAddresses").get(0).asString()).isEqualTo("10.0.0.42");
        assertThat(device.get("ipAddresses").get(1).asString()).isEqualTo("fe80::1");
        assertThat(device.get("macAddress").asString()).startsWith("00:1a:2b:3c:4d:");
        assertThat(device.get("posture").get("firewall").get("state").asString())
                .isEqualTo("NO");
        assertThat(device.get("storesPatientData").asString()).isEqualTo("UNKNOWN");

        HttpResponse<String> read = call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("name").asString())
                .isEqualTo(body.get("name").asString());

        ObjectNode change = (ObjectNode) JSON.readTree(read.body());
        change.put("location", "Treatment room 9");
        HttpResponse<String> updated = call("manager.lindenhof", "PUT", devicesUrl() + "/" + id, change);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("location").asString()).isEqualTo("Treatment room 9");
        assertThat(JSON.readTree(updated.body()).get("version").asLong())
                .isEqualTo(change.get("version").asLong() + 1);

        HttpResponse<String> list =
                call("manager.lindenhof", "GET", devicesUrl() + "?q=room%209&gap=FIREWALL_OFF", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body())
                        .get("content")
                        .valueStream()
                        .map(n -> n.get("id").asString()))
                .contains(id);

        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_id = ?", Integer.class, lindenhof, id);
        assertThat(audited).isEqualTo(2); // created, updated: the API writes the trail like the UI

        assertThat(call("manager.lindenhof", "DELETE", devicesUrl() + "/" + id, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherPracticesDevicesAreNotFound() throws Exception {
        String id = createdDevice();

        HttpResponse<String> read = call("manager.riverside", "GET", devicesUrl() + "/" + id, null);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("API device");
        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call("manager.riverside", "GET", devicesUrl(), null).statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "POST", devicesUrl(), device("Planted"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "DELETE", devicesUrl() + "/" + id, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAuditorReadsButCannotWrite() throws Exception {
        String id = createdDevice();
        JsonNode current = JSON.readTree(
                call("auditor", "GET", devicesUrl() + "/" + id, null).body());
        assertThat(current.get("id").asString()).isEqualTo(id);

        HttpResponse<String> create = call("auditor", "POST", devicesUrl(), device("Auditor's device"));
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(create.body()).get("status").asInt()).isEqualTo(403);
        ObjectNode change = (ObjectNode) current;
        change.put("name", "Renamed by auditor");
        assertThat(call("auditor", "PUT", devicesUrl() + "/" + id, change).statusCode())
                .isEqualTo(403);
        assertThat(call("auditor", "DELETE", devicesUrl() + "/" + id, null).statusCode())
                .isEqualTo(403);
        assertThat(JSON.readTree(call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null)
                                .body())
                        .get("name")
                        .asString())
                .isEqualTo("API device");
    }

    @Test
    void anInvalidBodyIsAProblemNamingTheField() throws Exception {
        ObjectNode body = device("Bad address");
        body.putArray("ipAddresses").add("300.1.1.1");

        HttpResponse<String> response = call("manager.lindenhof", "POST", devicesUrl(), body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("ipAddresses");
        assertThat(problem.get("detail").asString()).contains("300.1.1.1");

        ObjectNode noName = device("x");
        noName.remove("name");
        JsonNode missing = JSON.readTree(
                call("manager.lindenhof", "POST", devicesUrl(), noName).body());
        assertThat(missing.get("field").asString()).isEqualTo("name");

        ObjectNode badEnum = device("Bad status");
        badEnum.put("status", "BROKEN");
        HttpResponse<String> unreadable = call("manager.lindenhof", "POST", devicesUrl(), badEnum);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.body()).get("field").asString()).isEqualTo("status");
    }

    @Test
    void aSegmentThatIsNotThePracticesIsAFieldErrorAndNothingIsWritten() throws Exception {
        UUID riverside = practices.findAll().stream()
                .filter(p -> p.getName().equals("Riverside Family Clinic"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        String lindenhofSegment = jdbc.queryForObject(
                "select id from segment where practice_id = ? limit 1", String.class, lindenhof.toString());
        String riversideDevices = devicesUrl().replace(lindenhof.toString(), riverside.toString());
        for (String segmentId : new String[] {UUID.randomUUID().toString(), lindenhofSegment}) {
            String name = "Misplaced " + UUID.randomUUID();
            ObjectNode body = device(name);
            body.put("segmentId", segmentId);

            HttpResponse<String> response = call("manager.riverside", "POST", riversideDevices, body);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("field").asString()).isEqualTo("segmentId");
            assertThat(problem.get("detail").asString()).contains("no network segment");
            assertThat(jdbc.queryForObject("select count(*) from device where name = ?", Long.class, name))
                    .isZero();
        }
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String id = createdDevice();
        ObjectNode first = (ObjectNode) JSON.readTree(
                call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null).body());
        ObjectNode second = first.deepCopy();
        first.put("location", "Room A");
        second.put("location", "Room B");

        assertThat(call("manager.lindenhof", "PUT", devicesUrl() + "/" + id, first)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = call("manager.lindenhof", "PUT", devicesUrl() + "/" + id, second);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(call("manager.lindenhof", "GET", devicesUrl() + "/" + id, null)
                                .body())
                        .get("location")
                        .asString())
                .isEqualTo("Room A");
    }

    @Test
    void withoutATokenNothingIsServedButTheDescriptionIs() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(URI.create(devicesUrl())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> openApi = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(openApi.body()).get("paths").has("/api/v1/practices/{practiceId}/devices/{deviceId}"))
                .isTrue();
    }

    private String createdDevice() throws Exception {
        HttpResponse<String> created = call("manager.lindenhof", "POST", devicesUrl(), device("API device"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
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

    private String devicesUrl() {
        return "http://localhost:" + port + "/api/v1/practices/" + lindenhof + "/devices";
    }

    private HttpResponse<String> call(String user, String method, String url, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, user))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
