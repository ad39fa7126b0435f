package io.deviceward.shared.security;

import java.net.URI;
import java.util.Map;

/**
 * The OpenID Connect endpoints a Keycloak realm serves under its issuer ({@code https://host/realms/name}), as its
 * discovery document names them. Known from the issuer alone, so the app needs no round trip to Keycloak to start: a
 * replica starts while Keycloak is briefly down, and the local run starts Keycloak beside the app.
 * {@link OidcDiscoveryCheck} compares them with the discovery document once Keycloak answers.
 */
public record KeycloakEndpoints(
        String issuer, String authorization, String token, String jwkSet, String userInfo, String endSession) {

    public static KeycloakEndpoints of(String issuerUri) {
        String issuer = issuerUri.strip().replaceAll("/+$", "");
        URI parsed = URI.create(issuer);
        if (parsed.getScheme() == null
                || parsed.getHost() == null
                || !parsed.getPath().contains("/realms/")) {
            throw new IllegalStateException("The OIDC issuer must be a Keycloak realm such as"
                    + " https://sso.example.com/realms/deviceward, not '" + issuerUri + "'");
        }
        String protocol = issuer + "/protocol/openid-connect";
        return new KeycloakEndpoints(
                issuer,
                protocol + "/auth",
                protocol + "/token",
                protocol + "/certs",
                protocol + "/userinfo",
                protocol + "/logout");
    }

    public String discovery() {
        return issuer + "/.well-known/openid-configuration";
    }

    /** The same endpoints under the names of the discovery document (RFC 8414 / OpenID Connect Discovery). */
    Map<String, String> asDiscoveryMetadata() {
        return Map.of(
                "issuer", issuer,
                "authorization_endpoint", authorization,
                "token_endpoint", token,
                "jwks_uri", jwkSet,
                "userinfo_endpoint", userInfo,
                "end_session_endpoint", endSession);
    }
}
