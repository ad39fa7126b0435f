package io.deviceward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.Browser;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.RegistryUnavailablePage;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.MailSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app with its database gone: on a MariaDB this test starts itself and stops (never the shared
 * one), a page answers 503 with DeviceWard's own page within 5 s, the API 503 problem+json with
 * Retry-After (never a redirect to sign-in, never 403), readiness is DOWN, and once the database is
 * back, readiness is UP again and the API answers as before. Runs in a JVM of its own (see the
 * failsafe execution "outage" in pom.xml), since it needs port 8089 for the browser sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {OutageDatabase.class, MailSink.class})
class DatabaseOutageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Test
    void answersHonestlyWhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws Exception {
        UUID lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        String api = base() + "/api/v1/practices/" + lindenhof + "/devices?size=20";
        String page = base() + "/practices/" + lindenhof + "/devices";
        String token = KeycloakTokens.accessToken(issuer, "manager.lindenhof");
        assertThat(get(base() + "/actuator/health/readiness", null, null).statusCode())
                .isEqualTo(200);
        assertThat(get(api, token, null).statusCode()).isEqualTo(200);

        String session;
        try (Browser browser = Browser.start()) {
            new KeycloakLoginPage(browser).signIn("manager.lindenhof");
            session = browser.driver().manage().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(Cookie::getValue)
                    .findFirst()
                    .orElseThrow();
            assertThat(get(page, null, session).statusCode()).isEqualTo(200);

            OutageDatabase.stop();
            try {
                Timed apiDown = timed(() -> get(api, token, null));
                assertThat(apiDown.response().statusCode()).isEqualTo(503);
                assertThat(apiDown.response().headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(apiDown.response().headers().firstValue("Retry-After"))
                        .isPresent();
                assertThat(apiDown.response().body()).contains("unreachable");
                assertThat(apiDown.elapsed()).isLessThan(Duration.ofSeconds(5));

                Timed pageDown = timed(() -> get(page, null, session));
                assertThat(pageDown.response().statusCode()).isEqualTo(503);
                assertThat(pageDown.response().body()).contains("unreachable").doesNotContain("ConnectException");
                assertThat(pageDown.elapsed()).isLessThan(Duration.ofSeconds(5));

                // In the browser too: DeviceWard's page, not Vaadin's internal error.
                assertThat(RegistryUnavailablePage.load(browser, page).source()).contains("nothing you saved is lost");

                Timed ready = timed(() -> get(base() + "/actuator/health/readiness", null, null));
                assertThat(ready.response().statusCode()).isEqualTo(503);
                assertThat(ready.response().body()).contains("DOWN");
                assertThat(ready.elapsed()).isLessThan(Duration.ofSeconds(5));
                assertThat(get(base() + "/actuator/health/liveness", null, null).statusCode())
                        .isEqualTo(200);
            } finally {
                OutageDatabase.start();
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int readiness;
        do {
            Thread.sleep(500);
            readiness = get(base() + "/actuator/health/readiness", null, null).statusCode();
        } while (readiness != 200 && System.nanoTime() < deadline);
        assertThat(readiness).isEqualTo(200);
        assertThat(get(api, token, null).statusCode()).isEqualTo(200);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private record Timed(HttpResponse<String> response, Duration elapsed) {}

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static Timed timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.run();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static HttpResponse<String> get(String url, String token, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (session != null) request.header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html");
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
