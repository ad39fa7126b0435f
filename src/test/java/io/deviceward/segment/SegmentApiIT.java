package io.deviceward.segment;

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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The segments, flows and policy API with real Keycloak tokens of the demo users, against the running app. */
@IntegrationTest
class SegmentApiIT {
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
    int net;

    @BeforeEach
    void demoPractice() {
        lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        net = ThreadLocalRandom.current().nextInt(1, 250);
    }

    @Test
    void aManagerCreatesReadsChangesAndDeletesASegmentAndItsFlows() throws Exception {
        HttpResponse<String> created = call(
                "manager.lindenhof",
                "POST",
                url("/segments"),
                segment("API clinical", 1000 + net, "10.120." + net + ".0/24"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode segment = JSON.readTree(created.body());
        String id = segment.get("id").asString();
        assertThat(segment.get("cidrs").get(0).asString()).isEqualTo("10.120." + net + ".0/24");
        assertThat(segment.get("isolated").asBoolean()).isTrue();
        assertThat(segment.get("purpose").asString()).isEqualTo("CLINICAL_DEVICES");
        assertThat(segment.propertyNames())
                .containsExactly(
                        "id",
                        "name",
                        "purpose",
                        "vlanId",
                        "cidrs",
                        "gateway",
                        "isolated",
                        "description",
                        "reviewDue",
                        "version");

        ObjectNode flow = JSON.createObjectNode();
        flow.putObject("source").put("kind", "INTERNET");
        flow.putObject("destination").put("kind", "SEGMENT").put("id", id);
        flow.put("protocol", "tcp");
        flow.put("ports", "443, 8000-8100,104");
        flow.put("action", "ALLOW");
        flow.put("justification", "Vendor portal");
        flow.put("owner", "IT provider");
        HttpResponse<String> rule = call("manager.lindenhof", "POST", url("/flows"), flow);
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        JsonNode saved = JSON.readTree(rule.body());
        assertThat(saved.get("ports").asString()).isEqualTo("104,443,8000-8100");
        assertThat(saved.get("source").get("kind").asString()).isEqualTo("INTERNET");
        assertThat(saved.get("destination").get("id").asString()).isEqualTo(id);
        assertThat(saved.get("protocol").asString()).isEqualTo("tcp");
        assertThat(saved.get("source").propertyNames()).containsExactly("kind", "id");
        assertThat(saved.propertyNames())
                .containsExactly(
                        "id",
                        "source",
                        "destination",
                        "protocol",
                        "ports",
                        "action",
                        "justification",
                        "owner",
                        "reviewDue",
                        "position",
                        "service",
                        "version");

        HttpResponse<String> nft = call("manager.lindenhof", "GET", url("/policy/nftables"), null);
        assertThat(nft.statusCode()).isEqualTo(200);
        assertThat(nft.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(nft.body()).contains("ip daddr 10.120." + net + ".0/24 tcp dport { 104, 443, 8000-8100 } accept");
        HttpResponse<String> csv = call("manager.lindenhof", "GET", url("/policy.csv"), null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("INTERNET,Internet,SEGMENT,API clinical,tcp,\"104,443,8000-8100\"");

        // A segment in use by a rule is not removed; the rule goes first.
        HttpResponse<String> inUse = call("manager.lindenhof", "DELETE", url("/segments/" + id), null);
        assertThat(inUse.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(inUse.body()).get("detail").asString()).contains("used by 1 flow rule");
        assertThat(call(
                                "manager.lindenhof",
                                "DELETE",
                                url("/flows/" + saved.get("id").asString()),
                                null)
                        .statusCode())
                .isEqualTo(204);

        ObjectNode change = (ObjectNode) segment;
        change.put("description", "Treatment rooms 1-3");
        HttpResponse<String> updated = call("manager.lindenhof", "PUT", url("/segments/" + id), change);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("version").asLong())
                .isEqualTo(segment.get("version").asLong() + 1);
        HttpResponse<String> stale = call("manager.lindenhof", "PUT", url("/segments/" + id), change);
        assertThat(stale.statusCode()).isEqualTo(409);

        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_id = ?", Integer.class, lindenhof, id);
        assertThat(audited).isEqualTo(2);
        assertThat(call("manager.lindenhof", "DELETE", url("/segments/" + id), null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(call("manager.lindenhof", "GET", url("/segments/" + id), null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void overlapsAndBadInputAreProblemsNamingTheField() throws Exception {
        String cidr = "10.121." + net + ".0/24";
        assertThat(call("manager.lindenhof", "POST", url("/segments"), segment("API staff " + net, 2000 + net, cidr))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> overlap = call(
                "manager.lindenhof",
                "POST",
                url("/segments"),
                segment("API overlap", 2300 + net, "10.121." + net + ".128/25"));
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(overlap.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(overlap.body());
        assertThat(problem.get("field").asString()).isEqualTo("cidrs");
        assertThat(problem.get("detail").asString()).contains("of segment \"API staff " + net + "\"");

        JsonNode vlan = JSON.readTree(call(
                        "manager.lindenhof",
                        "POST",
                        url("/segments"),
                        segment("API vlan", 2000 + net, "10.122." + net + ".0/24"))
                .body());
        assertThat(vlan.get("field").asString()).isEqualTo("vlanId");
        JsonNode range = JSON.readTree(call(
                        "manager.lindenhof",
                        "POST",
                        url("/segments"),
                        segment("API range", 5000, "10.123." + net + ".0/24"))
                .body());
        assertThat(range.get("field").asString()).isEqualTo("vlanId");

        ObjectNode noReason = JSON.createObjectNode();
        noReason.putObject("source").put("kind", "INTERNET");
        noReason.putObject("destination")
                .put("kind", "SEGMENT")
                .put("id", UUID.randomUUID().toString());
        noReason.put("protocol", "tcp");
        noReason.put("action", "ALLOW");
        JsonNode unknownSegment = JSON.readTree(
                call("manager.lindenhof", "POST", url("/flows"), noReason).body());
        assertThat(unknownSegment.get("field").asString()).isEqualTo("destination.id");
        noReason.put("protocol", "gopher");
        HttpResponse<String> badProtocol = call("manager.lindenhof", "POST", url("/flows"), noReason);
        assertThat(badProtocol.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badProtocol.body()).get("field").asString()).isEqualTo("protocol");
    }

    @Test
    void anotherPracticeGetsNotFoundAndAnAuditorCannotWrite() throws Exception {
        HttpResponse<String> created = call(
                "manager.lindenhof",
                "POST",
                url("/segments"),
                segment("API guarded", 3000 + net, "10.124." + net + ".0/24"));
        String id = JSON.readTree(created.body()).get("id").asString();

        assertThat(call("manager.riverside", "GET", url("/segments/" + id), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "GET", url("/segments"), null).statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "GET", url("/flows"), null).statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "GET", url("/policy/nftables"), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "DELETE", url("/segments/" + id), null)
                        .statusCode())
                .isEqualTo(404);

        assertThat(call("auditor", "GET", url("/segments/" + id), null).statusCode())
                .isEqualTo(200);
        assertThat(call("auditor", "GET", url("/policy.csv"), null).statusCode())
                .isEqualTo(200);
        assertThat(call(
                                "auditor",
                                "POST",
                                url("/segments"),
                                segment("Auditor's", 3300 + net, "10.125." + net + ".0/24"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("auditor", "DELETE", url("/segments/" + id), null).statusCode())
                .isEqualTo(403);
        ObjectNode flow = JSON.createObjectNode();
        flow.putObject("source").put("kind", "INTERNET");
        flow.putObject("destination").put("kind", "SEGMENT").put("id", id);
        flow.put("protocol", "any");
        flow.put("action", "DENY");
        assertThat(call("auditor", "POST", url("/flows"), flow).statusCode()).isEqualTo(403);
        assertThat(call("manager.lindenhof", "DELETE", url("/segments/" + id), null)
                        .statusCode())
                .isEqualTo(204);
    }

    private ObjectNode segment(String name, int vlan, String cidr) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("purpose", "CLINICAL_DEVICES");
        body.put("vlanId", vlan);
        body.putArray("cidrs").add(cidr);
        return body;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/v1/practices/" + lindenhof + path;
    }

    private HttpResponse<String> call(String user, String method, String url, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, user))
                .header("Accept", "application/json, application/problem+json, text/plain, text/csv");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
