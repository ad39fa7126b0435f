package io.deviceward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.TestDatabaseInitializer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app starts while its issuer does not answer (a socket that takes connections and never replies, so no local
 * Keycloak is started either): the context comes up and is ready, a page that needs sign-in leads to the sign-in
 * redirect, and that answers DeviceWard's sign-in-unavailable page instead of sending the browser to a dead Keycloak.
 * A port of its own (the outage JVM, beside DatabaseOutageIT's context on 8089); see docs/decisions/2026-11-23-auth-flow.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext
class KeycloakOutageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static ServerSocket silentIssuer;

    @DynamicPropertySource
    static void issuerThatNeverAnswers(DynamicPropertyRegistry properties) throws IOException {
        silentIssuer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        properties.add(
                "deviceward.oidc.issuer-uri",
                () -> "http://127.0.0.1:" + silentIssuer.getLocalPort() + "/realms/deviceward");
    }

    @AfterAll
    static void closeIssuer() throws IOException {
        silentIssuer.close();
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void startsWithoutItsIssuerAndSaysSignInIsUnavailable() throws Exception {
        assertThat(get("/actuator/health/readiness", "application/json").statusCode())
                .isEqualTo(200);

        HttpResponse<String> page = get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        String signIn = page.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(signIn).getPath()).isEqualTo("/oauth2/authorization/keycloak");

        long start = System.nanoTime();
        HttpResponse<String> unavailable = get(URI.create(signIn).getPath(), "text/html");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Location")).isEmpty();
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        assertThat(unavailable.body()).contains("Sign-in is unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
