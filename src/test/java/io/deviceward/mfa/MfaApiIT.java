package io.deviceward.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTestUsers;
import io.deviceward.support.KeycloakTestUsers.KeycloakUser;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.SignIn;
import io.deviceward.support.Totp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same MFA policy holds for API tokens: in a practice that requires a second factor, a token
 * without one (password grant, acr "1" or "pwd") is refused with a problem saying what to do, and a
 * token from a sign-in with the one-time code (acr "mfa") gets in. Real Keycloak tokens.
 */
@IntegrationTest
class MfaApiIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MfaPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    Practice practice;

    @BeforeEach
    void practiceRequiringASecondFactorOfEveryone() {
        practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        SignIn.withSecondFactor(
                manager.getId(),
                () -> policies.setForPractice(
                        practice.getId(), new MfaPolicySettings(MfaMode.EVERYONE, Set.of(), true, true, 0)));
    }

    @Test
    void aTokenWithoutASecondFactorIsRefusedAndOneWithItGetsIn() throws Exception {
        KeycloakUser user = KeycloakTestUsers.create("api-otp", true);
        fixtures.memberWithEmail(practice, Role.AUDITOR, user.email());

        // Keycloak's direct grant checks the code, yet the token proves only level 1. (The previous
        // code, which Keycloak still takes, so the current one is left for the sign-in below: a code works once.)
        String plain =
                KeycloakTokens.passwordGrant(issuer, user.username(), user.password(), Totp.code(user.otpSecret(), -1));
        assertThat(KeycloakTokens.claim(plain, "acr")).isNotEqualTo("mfa");
        HttpResponse<String> refused = get(plain);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("/second-factor-required");
        assertThat(problem.get("detail").asString()).contains("acr_values=mfa");
        assertThat(problem.get("mustEnrol").asBoolean()).isFalse();
        assertThat(deniedTexts()).anyMatch(t -> t.contains("this sign-in has none"));

        String strong = KeycloakTokens.withSecondFactor(issuer, user.username(), user.password(), user.otpSecret());
        assertThat(KeycloakTokens.claim(strong, "acr")).isEqualTo("mfa");
        HttpResponse<String> allowed = get(strong);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).get("content").isArray()).isTrue();
    }

    @Test
    void someoneWithoutAnySecondFactorIsToldToSetOneUp() throws Exception {
        KeycloakUser user = KeycloakTestUsers.create("api-none", false);
        fixtures.memberWithEmail(practice, Role.CLINIC_STAFF, user.email());

        HttpResponse<String> refused = get(KeycloakTokens.passwordGrant(issuer, user.username(), user.password()));
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("mustEnrol").asBoolean()).isTrue();
        assertThat(problem.get("detail").asString()).contains("set one up");
        assertThat(deniedTexts()).anyMatch(t -> t.contains("none is set up"));
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/practices/" + practice.getId() + "/devices"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> deniedTexts() {
        return jdbc.queryForList(
                "select summary from audit_entry where scope_id = ? and action = 'ACCESS_DENIED'",
                String.class,
                practice.getId().toString());
    }
}
