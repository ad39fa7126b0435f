package io.deviceward.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the test Keycloak, through the realm's public deviceward-cli client
 * (password grant, for scripts and tests only).
 */
public final class KeycloakTokens {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Tokens live 5 minutes in the realm; reuse one for a minute at most. */
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, long fetchedAt) {
        boolean fresh() {
            return System.nanoTime() - fetchedAt < TimeUnit.MINUTES.toNanos(1);
        }
    }

    private KeycloakTokens() {}

    public static String accessToken(String issuer, String username) {
        return CACHE.compute(
                        issuer + "|" + username,
                        (key, token) -> token != null && token.fresh()
                                ? token
                                : new Token(fetch(issuer, username), System.nanoTime()))
                .value();
    }

    private static String fetch(String issuer, String username) {
        return passwordGrant(issuer, username, "Demo-Pass-2026");
    }

    /** A token from the password grant: never more than level 1 (acr "pwd" or "1"), whatever the user has set up. */
    public static String passwordGrant(String issuer, String username, String password) {
        return passwordGrant(issuer, username, password, null);
    }

    /**
     * The password grant with a one-time code ({@code totp}), as Keycloak's direct-grant flow wants from
     * someone who has one set up. It checks the code but still gives no level 2: only the browser flow does.
     */
    public static String passwordGrant(String issuer, String username, String password, String otpCode) {
        String form = "grant_type=password&client_id=deviceward-cli&scope=openid&username=" + encode(username)
                + "&password=" + encode(password) + (otpCode == null ? "" : "&totp=" + encode(otpCode));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            JsonNode json = JsonMapper.builder().build().readTree(response.body());
            return json.get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token from a sign-in with a second factor, as a script gets one: authorization code with PKCE
     * and {@code acr_values=mfa} through Keycloak's own login pages (password, then the one-time code).
     * Returns the whole token response's access token.
     */
    public static String withSecondFactor(String issuer, String username, String password, String otpBase32Secret) {
        String redirect = "http://127.0.0.1/deviceward-cli/callback";
        String verifier = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));
        String challenge;
        try {
            challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // Keycloak's cookies are Secure (SameSite=None); browsers send them to http://localhost, Java's
        // CookieManager does not, so this keeps them itself.
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            HttpResponse<String> page = send(
                    browser,
                    cookies,
                    HttpRequest.newBuilder(URI.create(issuer
                                    + "/protocol/openid-connect/auth?client_id=deviceward-cli&response_type=code&scope=openid&acr_values=mfa"
                                    + "&redirect_uri=" + encode(redirect) + "&code_challenge=" + challenge
                                    + "&code_challenge_method=S256&state=t"))
                            .GET());
            page = post(
                    browser,
                    cookies,
                    formAction(page.body()),
                    "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=");
            if (page.statusCode() == 200) {
                page = post(
                        browser,
                        cookies,
                        formAction(page.body()),
                        "otp=" + Totp.code(otpBase32Secret, 0) + "&login=Sign+In");
            }
            String location = page.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("Keycloak did not redirect after the one-time code"));
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (!location.startsWith(redirect) || !code.find()) {
                throw new IllegalStateException("Keycloak redirected elsewhere: " + location);
            }
            HttpResponse<String> token = HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=authorization_code&client_id=deviceward-cli&code=" + code.group(1)
                                            + "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the code: " + token.body());
            }
            return JsonMapper.builder()
                    .build()
                    .readTree(token.body())
                    .get("access_token")
                    .asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A claim of a token, read from its payload (the app verifies signatures; a test only looks). */
    public static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonNode value = JsonMapper.builder().build().readTree(payload).get(name);
        return value == null ? null : value.asString();
    }

    private static HttpResponse<String> post(HttpClient browser, Map<String, String> cookies, String url, String form)
            throws IOException, InterruptedException {
        return send(
                browser,
                cookies,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(
            HttpClient browser, Map<String, String> cookies, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
        }
        return response;
    }

    private static String formAction(String html) {
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            throw new IllegalStateException(
                    "No form on Keycloak's page: " + html.substring(0, Math.min(html.length(), 500)));
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
