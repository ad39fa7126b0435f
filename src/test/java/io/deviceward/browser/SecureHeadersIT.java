package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Signed-in Vaadin pages carry the full header set, the session cookie is HttpOnly and SameSite=Lax and never
 * travels in a URL, and the app works under its Content-Security-Policy: no violation in the console while the
 * device list and the form are used.
 */
@IntegrationTest
class SecureHeadersIT extends BrowserTestBase {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signedInPagesCarryTheSecurityHeadersAndTheAppRunsUnderItsPolicy() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        signIn("manager.lindenhof");
        DeviceListPage.open(browser, lindenhof).addDevice().name("CSP check").category("Workstation");
        DeviceListPage.open(browser, lindenhof);
        browser.waitUntilIdle();

        List<String> violations = browser.browserConsole().stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .toList();
        assertThat(violations).as("CSP violations in the console").isEmpty();

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(session.getSameSite()).as("SameSite").isEqualTo("Lax");

        // The same signed-in page, read with the browser's session: what the browser got with it.
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.APP + "/practices/" + lindenhof + "/devices"))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=()");
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();

        // The error views answer with their real status.
        HttpResponse<String> missing = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.APP + "/practices/" + UUID.randomUUID() + "/devices"))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode())
                .as("another practice's or no practice's page")
                .isEqualTo(404);
        HttpResponse<String> notAllowed = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.APP + "/practices/" + practiceId(RIVERSIDE) + "/devices"))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAllowed.statusCode())
                .as("a practice the manager has no access to")
                .isEqualTo(404);
    }

    @Test
    void theSessionNeverTravelsInAUrl() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.APP + "/VAADIN/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
