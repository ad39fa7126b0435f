package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.MailSink;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The members page in a real browser: a manager invites someone through the dialog, Keycloak emails
 * them, they follow the link, set a password, sign in and land in the practice; staff only read.
 */
@IntegrationTest
class MembersIT extends BrowserTestBase {
    @Autowired
    AppUserRepository users;

    @Test
    void aManagerInvitesSomeoneWhoFollowsTheEmailLinkAndGetsIn() {
        UUID lindenhof = practiceId(LINDENHOF);
        String email = "new.receptionist-" + UUID.randomUUID().toString().substring(0, 8) + "@lindenhof-dental.example";

        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/members", "members");
        browser.waitForGridCell("members-grid", "sam.staff@lindenhof-dental.example");
        browser.clickWhenReady(By.id("invite-member"));
        browser.type("invite-email", email);
        browser.type("invite-first-name", "Rosa");
        browser.type("invite-last-name", "Reception");
        browser.chooseInSelect("invite-role", "Clinic staff");
        browser.clickWhenReady(By.id("invite-send"));

        browser.waitForGridCell("members-grid", email);
        browser.waitForGridCell("members-grid", "Invited");
        browser.waitUntil("the invite dialog to close", d -> !browser.isShown(By.id("invite-email")));
        browser.signOut();

        // The invitee's side: Keycloak's email, its link, a new password, then the practice.
        String link = MailSink.awaitMailTo(email)
                .linkStartingWith(Browser.KEYCLOAK + "/realms/deviceward/login-actions/action-token?key=");
        String password = "Rosa-" + UUID.randomUUID().toString().substring(0, 12);
        browser.driver().get(link);
        browser.waitUntil("Keycloak's set-password form", d -> {
            if (browser.isPresent(By.id("password-new"))) return true;
            // Keycloak may first ask to confirm the actions ("Click here to proceed").
            d.findElements(By.partialLinkText("proceed")).stream().findFirst().ifPresent(a -> a.click());
            return false;
        });
        browser.driver().findElement(By.id("password-new")).sendKeys(password);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("[type=submit]")).click();
        browser.waitUntil("the actions to be done", d -> !browser.isPresent(By.id("password-new")));

        browser.driver().get(Browser.APP + "/");
        browser.waitUntil(
                "the login form or the app",
                d -> browser.onKeycloakLogin() || browser.currentUrl().startsWith(Browser.APP));
        String view = browser.onKeycloakLogin() ? browser.signIn(email, password) : browser.waitForAnyView();
        assertThat(view).isEqualTo("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        assertThat(users.findByEmailIgnoreCase(email).orElseThrow().getKeycloakSubject())
                .as("linked to the Keycloak account by the verified email")
                .isNotNull();
    }

    @Test
    void staffSeeWhoHasAccessButNoInviteButton() {
        UUID lindenhof = practiceId(LINDENHOF);
        browser.signIn("staff.lindenhof");
        browser.open("/practices/" + lindenhof + "/members", "members");
        browser.waitForGridCell("members-grid", "lena.lindner@lindenhof-dental.example");
        assertThat(browser.isShown(By.id("invite-member"))).isFalse();
        assertThat(browser.isPresent(By.cssSelector("[id^='revoke-']"))).isFalse();
        assertThat(browser.waitFor(By.id("password-policy")).getText()).contains("At least 12 characters");
    }
}
