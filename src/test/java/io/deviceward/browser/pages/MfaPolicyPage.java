package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** A practice's sign-in security (/practices/{id}/sign-in-security): who must use a second factor. */
public final class MfaPolicyPage extends Page {
    public static final String VIEW = "mfa-policy";

    private static final String SAVE = "mfa-policy-save";
    private static final String PROBLEM = "mfa-policy-problem";

    /** Waits until the sign-in security page is shown. */
    public MfaPolicyPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/sign-in-security");
    }

    /** Chooses who must use a second factor, by the option's label ("Required for chosen roles"). */
    public void require(String mode) {
        browser.clickWhenReady(By.xpath("//vaadin-radio-group[@id='mfa-mode']//vaadin-radio-button[normalize-space()="
                + xpathLiteral(mode) + "]"));
    }

    /** Ticks a role among the chosen roles, by its label ("Practice manager"). */
    public void tickRole(String role) {
        browser.clickWhenReady(By.xpath("//vaadin-checkbox-group[@id='mfa-roles']//vaadin-checkbox[normalize-space()="
                + xpathLiteral(role) + "]"));
    }

    public void save() {
        click(SAVE);
    }

    /** Waits until the page tells a problem with the policy containing this text. */
    public void waitForProblem(String text) {
        browser.waitUntil(
                "the rule to be shown",
                d -> d.findElement(By.id(PROBLEM)).getText().contains(text));
    }
}
