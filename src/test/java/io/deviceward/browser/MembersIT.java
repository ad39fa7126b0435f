package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.KeycloakPasswordSetupPage;
import io.deviceward.browser.pages.MembersPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.browser.pages.Views;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.MailSink;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

        signIn("manager.lindenhof");
        MembersPage members = MembersPage.open(browser, lindenhof);
        members.waitForMember("sam.staff@lindenhof-dental.example");
        members.invite(email, "Rosa", "Reception", "Clinic staff");

        members.waitForMember(email);
        members.waitForMember("Invited");
        members.waitForInviteDialogToClose();
        shell().signOut();

        // The invitee's side: Keycloak's email, its link, a new password, then the practice.
        String link = MailSink.awaitMailTo(email)
                .linkStartingWith(Browser.KEYCLOAK + "/realms/deviceward/login-actions/action-token?key=");
        String password = "Rosa-" + UUID.randomUUID().toString().substring(0, 12);
        KeycloakPasswordSetupPage.follow(browser, link).setPassword(password);

        browser.open("/");
        KeycloakLoginPage login = new KeycloakLoginPage(browser);
        browser.waitUntil(
                "the login form or the app",
                d -> login.isShown() || browser.currentUrl().startsWith(Browser.APP));
        String view = login.isShown() ? login.signIn(email, password) : Views.waitForAny(browser);
        assertThat(view).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        assertThat(users.findByEmailIgnoreCase(email).orElseThrow().getKeycloakSubject())
                .as("linked to the Keycloak account by the verified email")
                .isNotNull();
    }

    @Test
    void staffSeeWhoHasAccessButNoInviteButton() {
        UUID lindenhof = practiceId(LINDENHOF);
        signIn("staff.lindenhof");
        MembersPage members = MembersPage.open(browser, lindenhof);
        members.waitForMember("lena.lindner@lindenhof-dental.example");
        assertThat(members.canInvite()).isFalse();
        assertThat(members.canRevoke()).isFalse();
        assertThat(members.passwordPolicy()).contains("At least 12 characters");
    }
}
