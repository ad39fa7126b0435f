package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.KeycloakOtpSetupPage;
import io.deviceward.browser.pages.MfaPolicyPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.mfa.MfaMode;
import io.deviceward.mfa.MfaPolicies;
import io.deviceward.mfa.MfaPolicySettings;
import io.deviceward.mfa.StepUps;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTestUsers;
import io.deviceward.support.KeycloakTestUsers.KeycloakUser;
import io.deviceward.support.SignIn;
import io.deviceward.support.Totp;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step-up through Keycloak in a real browser, in a practice whose policy requires a second factor of
 * everyone (no grace period): someone without one is made to set up OTP (the test reads the key
 * Keycloak shows and computes the codes), then signs in with password and code; a password-only
 * session is stepped up when it switches into the practice; a wrong code keeps them out and lands
 * in the practice's audit trail.
 */
@IntegrationTest
class MfaStepUpIT extends BrowserTestBase {
    @Autowired
    Fixtures fixtures;

    @Autowired
    MfaPolicies policies;

    @Autowired
    StepUps stepUps;

    Provider provider;
    Practice guarded;
    Practice open;

    @BeforeEach
    void oneOpenPracticeAndOneRequiringASecondFactor() {
        provider = fixtures.provider();
        open = fixtures.practice(provider);
        guarded = fixtures.practice(provider);
        AppUser manager = fixtures.memberOf(guarded, Role.PRACTICE_MANAGER);
        SignIn.withSecondFactor(
                manager.getId(),
                () -> policies.setForPractice(
                        guarded.getId(), new MfaPolicySettings(MfaMode.EVERYONE, Set.of(), true, true, 0)));
    }

    @Test
    void someoneWithoutASecondFactorIsMadeToSetUpOtpThenSignsInWithPasswordAndCode() {
        KeycloakUser user = KeycloakTestUsers.create("enrol", false);
        fixtures.memberWithEmail(guarded, Role.CLINIC_STAFF, user.email());

        browser.open(PracticeOverviewPage.path(guarded.getId()));
        enterPassword(user);
        // Keycloak's set-up page: the key as text under "Unable to scan?", a first code, a device name.
        KeycloakOtpSetupPage setUp = new KeycloakOtpSetupPage(browser);
        String key = setUp.showKey();
        setUp.finish(Totp.code(key, 0), "Reception phone");

        new PracticeOverviewPage(browser);
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
        assertThat(KeycloakTestUsers.credentialTypes(user.id())).contains("otp");

        shell().signOut();
        browser.open(PracticeOverviewPage.path(guarded.getId()));
        enterPassword(user);
        keycloak().enterCode(Totp.code(key, 1)); // the next code: the first one is spent
        new PracticeOverviewPage(browser);
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
    }

    @Test
    void aPasswordOnlySessionIsSteppedUpWhenItSwitchesIntoThePractice() {
        KeycloakUser user = KeycloakTestUsers.create("switch", true);
        AppUser member = fixtures.memberWithEmail(open, Role.CLINIC_STAFF, user.email());
        fixtures.addMembership(member, guarded, Role.CLINIC_STAFF);

        browser.open(PracticeOverviewPage.path(open.getId()));
        enterPassword(user);
        new PracticeOverviewPage(browser); // no code asked where none is required
        assertThat(browser.path()).isEqualTo("/practices/" + open.getId());

        shell().switchToPractice(guarded.getName()); // through the practice switcher, as a person would
        KeycloakLoginPage keycloak = keycloak().waitForCodePrompt();
        assertThat(keycloak.asksForPassword()).isFalse(); // the code only: the password is still good
        keycloak.enterCode(Totp.code(user.otpSecret(), 0));
        new PracticeOverviewPage(browser);
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
        assertThat(auditTexts(guarded)).anyMatch(t -> t.contains("Signed in with a second factor"));
    }

    @Test
    void aWrongCodeKeepsThemOutAndIsRecordedInThePracticesTrail() {
        KeycloakUser user = KeycloakTestUsers.create("wrong", true);
        AppUser member = fixtures.memberWithEmail(open, Role.CLINIC_STAFF, user.email());
        fixtures.addMembership(member, guarded, Role.CLINIC_STAFF);

        browser.open(PracticeOverviewPage.path(open.getId()));
        enterPassword(user);
        new PracticeOverviewPage(browser);
        browser.open(PracticeOverviewPage.path(guarded.getId()));
        String right = Totp.code(user.otpSecret(), 0);
        keycloak().enterCode(right.equals("000000") ? "111111" : "000000");

        keycloak().waitForCodeRefused();
        assertThat(browser.currentUrl()).startsWith(Browser.KEYCLOAK);
        browser.open(PracticeOverviewPage.path(guarded.getId()));
        keycloak().waitForCodePrompt(); // still outside: the practice sends them back for the code
        assertThat(browser.currentUrl()).startsWith(Browser.KEYCLOAK);

        stepUps.recordFailures();
        assertThat(auditTexts(guarded)).anyMatch(t -> t.startsWith("ACCESS_DENIED") && t.contains("Failed step-up"));
        assertThat(auditTexts(guarded)).noneMatch(t -> t.contains("Signed in with a second factor"));
    }

    @Test
    void duringTheGracePeriodSomeoneWithoutASecondFactorGetsInAndIsOfferedToSetOneUp() {
        AppUser manager = fixtures.memberOf(open, Role.PRACTICE_MANAGER);
        SignIn.withSecondFactor(
                manager.getId(),
                () -> policies.setForPractice(
                        open.getId(), new MfaPolicySettings(MfaMode.EVERYONE, Set.of(), true, true, 14)));
        KeycloakUser user = KeycloakTestUsers.create("grace", false);
        fixtures.memberWithEmail(open, Role.CLINIC_STAFF, user.email());

        browser.open(PracticeOverviewPage.path(open.getId()));
        enterPassword(user);
        new PracticeOverviewPage(browser);
        shell().waitForSecondFactorNotice(); // Vaadin renders the notice in an overlay card
        assertThat(browser.pageSource()).contains("This practice requires a second factor. Set one up before");
        shell().setUpSecondFactorNow(); // Keycloak's OTP set-up, straight away
        assertThat(browser.currentUrl()).startsWith(Browser.KEYCLOAK);
    }

    @Test
    void aManagerRequiresASecondFactorOnTheSignInSecurityPageAndIsSteppedUpNext() {
        KeycloakUser user = KeycloakTestUsers.create("policy", true);
        fixtures.memberWithEmail(open, Role.PRACTICE_MANAGER, user.email());

        browser.open(MfaPolicyPage.path(open.getId()));
        enterPassword(user);
        MfaPolicyPage policy = new MfaPolicyPage(browser);
        policy.require("Required for chosen roles");
        policy.save();
        policy.waitForProblem("Choose at least one role");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mfa_policy where practice_id = ?",
                        Integer.class,
                        open.getId().toString()))
                .isZero();

        policy.tickRole("Practice manager");
        policy.save();
        browser.waitUntil(
                "the policy to be saved",
                d -> jdbc.queryForObject(
                                "select count(*) from mfa_policy where practice_id = ? and mode = 'ROLES' and required_roles = 'PRACTICE_MANAGER'",
                                Integer.class,
                                open.getId().toString())
                        == 1);

        // The next page of the practice wants the code this session has not given.
        browser.open(PracticeOverviewPage.path(open.getId()));
        keycloak().enterCode(Totp.code(user.otpSecret(), 0));
        new PracticeOverviewPage(browser);
        assertThat(auditTexts(open)).anyMatch(t -> t.contains("Signed in with a second factor"));
    }

    private KeycloakLoginPage keycloak() {
        return new KeycloakLoginPage(browser);
    }

    /** On Keycloak's login form, which a practice's page sends the browser to: the test user's password. */
    private void enterPassword(KeycloakUser user) {
        keycloak().enterPassword(user.username(), user.password());
    }

    private List<String> auditTexts(Practice practice) {
        return jdbc.queryForList(
                "select concat(action, ': ', coalesce(summary, '')) from audit_entry where scope_id = ? order by seq",
                String.class,
                practice.getId().toString());
    }
}
