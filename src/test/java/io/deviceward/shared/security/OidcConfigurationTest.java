package io.deviceward.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The registration and decoder are made from the issuer alone, without asking Keycloak. */
class OidcConfigurationTest {
    private static final String ISSUER = "http://127.0.0.1:1/realms/deviceward";

    @Test
    void theEndpointsAreKeycloaksUnderTheIssuer() {
        KeycloakEndpoints keycloak = KeycloakEndpoints.of(ISSUER + "/");

        assertThat(keycloak.issuer()).isEqualTo(ISSUER);
        assertThat(keycloak.authorization()).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(keycloak.token()).isEqualTo(ISSUER + "/protocol/openid-connect/token");
        assertThat(keycloak.jwkSet()).isEqualTo(ISSUER + "/protocol/openid-connect/certs");
        assertThat(keycloak.userInfo()).isEqualTo(ISSUER + "/protocol/openid-connect/userinfo");
        assertThat(keycloak.endSession()).isEqualTo(ISSUER + "/protocol/openid-connect/logout");
        assertThatThrownBy(() -> KeycloakEndpoints.of("https://sso.example.com/oauth"))
                .hasMessageContaining("/realms/");
    }

    @Test
    void theRegistrationChecksTheIssuerAndKnowsWhereToSignOut() {
        ClientRegistration web = OidcConfiguration.webClient(
                KeycloakEndpoints.of(ISSUER), "deviceward-web", "secret", List.of("openid", "profile", "email"));

        assertThat(web.getProviderDetails().getIssuerUri()).isEqualTo(ISSUER);
        assertThat(web.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", ISSUER + "/protocol/openid-connect/logout");
        assertThat(web.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName())
                .isEqualTo("preferred_username");
        assertThat(web.getScopes()).contains("openid");
    }

    @Test
    void theDecoderIsMadeWithoutKeycloakAndValidatesIssuerAndAudience() {
        // Nothing answers on port 1: making the decoder must not need it; decoding a token then fails, as it should.
        var decoder = (NimbusJwtDecoder)
                new OidcConfiguration().issuerDecoder(KeycloakEndpoints.of(ISSUER), "deviceward-api");
        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(JwtException.class);

        var validator = new OidcConfiguration().apiTokenValidator(KeycloakEndpoints.of(ISSUER), "deviceward-api");
        assertThat(validator.validate(jwt(ISSUER, List.of("deviceward-api"))).hasErrors())
                .isFalse();
        assertThat(validator.validate(jwt(ISSUER, List.of("account"))).hasErrors())
                .isTrue();
        OAuth2TokenValidatorResult otherIssuer =
                validator.validate(jwt("http://127.0.0.1:1/realms/other", List.of("deviceward-api")));
        assertThat(otherIssuer.hasErrors()).isTrue();
    }

    @Test
    void aDiscoveryDocumentThatDiffersIsNamed() {
        KeycloakEndpoints keycloak = KeycloakEndpoints.of(ISSUER);
        Map<String, Object> same = Map.copyOf(keycloak.asDiscoveryMetadata());
        assertThat(OidcDiscoveryCheck.differences(keycloak, same)).isEmpty();

        var moved = new java.util.HashMap<String, Object>(same);
        moved.put("token_endpoint", "http://keycloak:8080/realms/deviceward/protocol/openid-connect/token");
        assertThat(OidcDiscoveryCheck.differences(keycloak, moved))
                .singleElement()
                .asString()
                .startsWith("token_endpoint is http://keycloak:8080/");
    }

    private static Jwt jwt(String issuer, List<String> audience) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(issuer)
                .audience(audience)
                .subject("someone")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .build();
    }
}
