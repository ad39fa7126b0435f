package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

        browser.open("/practices/" + guarded.getId());
        enterPassword(user);
        // Keycloak's set-up page: the key as text under "Unable to scan?", a first code, a device name.
        browser.clickWhenReady(By.id("mode-manual"));
        String key = browser.waitFor(By.id("kc-totp-secret-key")).getText();
        browser.driver().findElement(By.id("totp")).sendKeys(Totp.code(key, 0));
        browser.driver().findElement(By.id("userLabel")).sendKeys("Reception phone");
        browser.driver().findElement(By.id("saveTOTPBtn")).click();

        browser.waitForView("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
        assertThat(KeycloakTestUsers.credentialTypes(user.id())).contains("otp");

        browser.signOut();
        browser.open("/practices/" + guarded.getId());
        enterPassword(user);
        enterCode(Totp.code(key, 1)); // the next code: the first one is spent
        browser.waitForView("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
    }

    @Test
    void aPasswordOnlySessionIsSteppedUpWhenItSwitchesIntoThePractice() {
        KeycloakUser user = KeycloakTestUsers.create("switch", true);
        AppUser member = fixtures.memberWithEmail(open, Role.CLINIC_STAFF, user.email());
        fixtures.addMembership(member, guarded, Role.CLINIC_STAFF);

        browser.open("/practices/" + open.getId());
        enterPassword(user);
        browser.waitForView("practice-overview"); // no code asked where none is required
        assertThat(browser.path()).isEqualTo("/practices/" + open.getId());

        switchTo(guarded);
        browser.waitFor(By.id("otp")); // Keycloak asks for the code only: the password is still good
        assertThat(browser.isPresent(By.id("password"))).isFalse();
        enterCode(Totp.code(user.otpSecret(), 0));
        browser.waitForView("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + guarded.getId());
        assertThat(auditTexts(guarded)).anyMatch(t -> t.contains("Signed in with a second factor"));
    }

    @Test
    void aWrongCodeKeepsThemOutAndIsRecordedInThePracticesTrail() {
        KeycloakUser user = KeycloakTestUsers.create("wrong", true);
        AppUser member = fixtures.memberWithEmail(open, Role.CLINIC_STAFF, user.email());
        fixtures.addMembership(member, guarded, Role.CLINIC_STAFF);

        browser.open("/practices/" + open.getId());
        enterPassword(user);
        browser.waitForView("practice-overview");
        browser.open("/practices/" + guarded.getId());
        String right = Totp.code(user.otpSecret(), 0);
        enterCode(right.equals("000000") ? "111111" : "000000");

        browser.waitUntil(
                "Keycloak to refuse the code", d -> browser.pageSource().contains("Invalid authenticator code"));
        assertThat(browser.currentUrl()).startsWith(Browser.KEYCLOAK);
        browser.open("/practices/" + guarded.getId());
        browser.waitFor(By.id("otp")); // still outside: the practice sends them back for the code
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

        browser.open("/practices/" + open.getId());
        enterPassword(user);
        browser.waitForView("practice-overview");
        browser.waitFor(By.id("mfa-set-up-now")); // in the notice, which Vaadin renders in an overlay card
        assertThat(browser.pageSource()).contains("This practice requires a second factor. Set one up before");
        browser.clickWhenReady(By.id("mfa-set-up-now"));
        browser.waitFor(By.id("mode-manual")); // Keycloak's OTP set-up, straight away
        assertThat(browser.currentUrl()).startsWith(Browser.KEYCLOAK);
    }

    @Test
    void aManagerRequiresASecondFactorOnTheSignInSecurityPageAndIsSteppedUpNext() {
        KeycloakUser user = KeycloakTestUsers.create("policy", true);
        fixtures.memberWithEmail(open, Role.PRACTICE_MANAGER, user.email());

        browser.open("/practices/" + open.getId() + "/sign-in-security");
        enterPassword(user);
        browser.waitForView("mfa-policy");
        browser.clickWhenReady(
                By.xpath(
                        "//vaadin-radio-group[@id='mfa-mode']//vaadin-radio-button[normalize-space()='Required for chosen roles']"));
        browser.clickWhenReady(By.id("mfa-policy-save"));
        browser.waitUntil(
                "the rule to be shown",
                d -> d.findElement(By.id("mfa-policy-problem")).getText().contains("Choose at least one role"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mfa_policy where practice_id = ?",
                        Integer.class,
                        open.getId().toString()))
                .isZero();

        browser.clickWhenReady(By.xpath(
                "//vaadin-checkbox-group[@id='mfa-roles']//vaadin-checkbox[normalize-space()='Practice manager']"));
        browser.clickWhenReady(By.id("mfa-policy-save"));
        browser.waitUntil(
                "the policy to be saved",
                d -> jdbc.queryForObject(
                                "select count(*) from mfa_policy where practice_id = ? and mode = 'ROLES' and required_roles = 'PRACTICE_MANAGER'",
                                Integer.class,
                                open.getId().toString())
                        == 1);

        // The next page of the practice wants the code this session has not given.
        browser.open("/practices/" + open.getId());
        enterCode(Totp.code(user.otpSecret(), 0));
        browser.waitForView("practice-overview");
        assertThat(auditTexts(open)).anyMatch(t -> t.contains("Signed in with a second factor"));
    }

    private void enterPassword(KeycloakUser user) {
        browser.waitForKeycloakLogin();
        browser.driver().findElement(By.id("username")).sendKeys(user.username());
        browser.driver().findElement(By.id("password")).sendKeys(user.password());
        browser.driver().findElement(By.id("kc-login")).click();
    }

    private void enterCode(String code) {
        WebElement otp = browser.waitFor(By.id("otp"));
        otp.sendKeys(code);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** Through the practice switcher in the navbar, as a person would. */
    private void switchTo(Practice practice) {
        browser.hideDevTools();
        browser.chooseInSelect("practice-switcher", practice.getName());
    }

    private List<String> auditTexts(Practice practice) {
        return jdbc.queryForList(
                "select concat(action, ': ', coalesce(summary, '')) from audit_entry where scope_id = ? order by seq",
                String.class,
                practice.getId().toString());
    }
}
