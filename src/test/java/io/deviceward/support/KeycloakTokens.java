package io.deviceward.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the test Keycloak, through the realm's public deviceward-cli client
 * (password grant, for scripts and tests only).
 */
public final class KeycloakTokens {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Tokens live 5 minutes in the realm; reuse one for a minute at most. */
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, long fetchedAt) {
        boolean fresh() { return System.nanoTime() - fetchedAt < java.util.concurrent.TimeUnit.MINUTES.toNanos(1); }
    }

    private KeycloakTokens() {}

    public static String accessToken(String issuer, String username) {
        return CACHE.compute(issuer + "|" + username, (key, token) ->
                token != null && token.fresh() ? token : new Token(fetch(issuer, username), System.nanoTime())).value();
    }

    private static String fetch(String issuer, String username) {
        String form = "grant_type=password&client_id=deviceward-cli&scope=openid&username=" + encode(username)
                + "&password=" + encode("Demo-Pass-2026");
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            JsonNode json = JsonMapper.builder().build().readTree(response.body());
            return json.get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
