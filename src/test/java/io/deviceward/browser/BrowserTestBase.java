package io.deviceward.browser;

import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.Shell;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every browser test shares: a fresh browser per test (own profile, own cookies), quit after
 * the test; on failure a screenshot and the page source in target/browser-failures/; signing in and
 * the shell around every view; the demo practices' ids; the audit trail as the database holds it.
 * The views themselves are driven through their page objects in {@code io.deviceward.browser.pages}.
 * Concrete classes carry {@code @IntegrationTest}.
 */
@ExtendWith(BrowserTestBase.SaveEvidenceOnFailure.class)
abstract class BrowserTestBase {
    static final String PROVIDER = "MedNet IT Services";
    static final String LINDENHOF = "Lindenhof Dental";
    static final String RIVERSIDE = "Riverside Family Clinic";
    static final String HARBOUR = "Harbour Pediatrics";

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * Opens the app, signs in through Keycloak's login form with the demo password and waits for the
     * view the app lands on; returns its root id.
     */
    String signIn(String username) {
        return new KeycloakLoginPage(browser).signIn(username);
    }

    /** The main layout around the current view: practice switcher, user menu, sign-out. */
    Shell shell() {
        return new Shell(browser);
    }

    UUID practiceId(String name) {
        return practices.findAll().stream()
                .filter(p -> p.getName().equals(name))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo practice named " + name));
    }

    record DeviceRow(UUID id, String name) {}

    /** A device of the practice, straight from the database (its id for a direct URL, its name to look for). */
    DeviceRow anyDeviceOf(UUID practiceId) {
        return jdbc.queryForObject(
                "select id, name from device where practice_id = ? order by name limit 1",
                (rs, row) -> new DeviceRow(UUID.fromString(rs.getString(1)), rs.getString(2)),
                practiceId.toString());
    }

    long accessDeniedCount(UUID practiceId) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and action = 'ACCESS_DENIED'",
                Long.class,
                practiceId.toString());
        return count == null ? 0 : count;
    }

    /** Polls the database (the refusal is written in its own transaction, as the page renders). */
    static <T> T eventually(String what, Supplier<T> condition) {
        return new FluentWait<>(condition)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(100))
                .withMessage(what)
                .until(Supplier::get);
    }

    /**
     * Runs after the test method and before {@code @AfterEach} quits the browser, so the failing page
     * is still there to photograph.
     */
    static class SaveEvidenceOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            context.getTestInstance()
                    .filter(BrowserTestBase.class::isInstance)
                    .map(BrowserTestBase.class::cast)
                    .map(test -> test.browser)
                    .ifPresent(browser ->
                            browser.saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
                                    + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName()));
        }
    }
}
