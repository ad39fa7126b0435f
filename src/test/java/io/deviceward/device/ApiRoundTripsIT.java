package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.SqlStatementCounter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14: a practice-scoped API list call is one read-only transaction of at most 3 SQL
 * statements (memberships with the practice's provider, the MFA policy, the page), counted by the
 * test data source; the rules still hold with memberships read once per request.
 */
@IntegrationTest
class ApiRoundTripsIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

    UUID lindenhof;
    UUID riverside;

    @BeforeEach
    void demoPractices() {
        lindenhof = practice("Lindenhof Dental");
        riverside = practice("Riverside Family Clinic");
    }

    @Test
    void aListPageIsAtMostThreeStatementsInOneTransaction() throws Exception {
        get("manager.lindenhof", lindenhof); // the token's user link is read once, then kept for a minute

        HttpResponse<String> response = get("manager.lindenhof", lindenhof);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Integer> counts = counts(response);
        assertThat(counts.get("statements")).as(counts.toString()).isLessThanOrEqualTo(3);
        assertThat(counts.get("transactions")).as(counts.toString()).isLessThanOrEqualTo(1);
    }

    @Test
    void anotherPracticesListIsStillNotFound() throws Exception {
        assertThat(get("manager.lindenhof", riverside).statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredMembershipStopsWorkingAtTheNextRequest() throws Exception {
        UUID auditor = jdbc.queryForObject("select id from app_user where username = 'auditor'", UUID.class);
        assertThat(get("auditor", riverside).statusCode()).isEqualTo(200);
        Object expires = jdbc.queryForObject(
                "select expires_at from membership where user_id = ? and practice_id = ?",
                Object.class,
                auditor.toString(),
                riverside.toString());
        jdbc.update(
                "update membership set expires_at = '2000-01-01 00:00:00' where user_id = ? and practice_id = ?",
                auditor.toString(),
                riverside.toString());
        try {
            assertThat(get("auditor", riverside).statusCode()).isEqualTo(404);
        } finally {
            jdbc.update(
                    "update membership set expires_at = ? where user_id = ? and practice_id = ?",
                    expires,
                    auditor.toString(),
                    riverside.toString());
        }
        assertThat(get("auditor", riverside).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String username, UUID practiceId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/practices/" + practiceId + "/devices?size=20"))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, username))
                .header("Accept", "application/json")
                .header(SqlStatementCounter.REQUEST_HEADER, "1")
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Integer> counts(HttpResponse<String> response) {
        String header = response.headers()
                .firstValue(SqlStatementCounter.RESPONSE_HEADER)
                .orElseThrow(() -> new AssertionError("no " + SqlStatementCounter.RESPONSE_HEADER + " header"));
        return Stream.of(header.split(";"))
                .map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> pair[0], pair -> Integer.parseInt(pair[1])));
    }

    private UUID practice(String name) {
        return practices.findAll().stream()
                .filter(p -> p.getName().equals(name))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
    }
}
