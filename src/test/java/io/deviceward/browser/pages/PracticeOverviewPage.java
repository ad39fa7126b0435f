package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * A practice's overview (/practices/{id}): its name, the devices card (a count, or an empty state offering the
 * first device), and what needs attention as a list of findings, each linking to the device or the filtered list.
 */
public final class PracticeOverviewPage extends Page {
    public static final String VIEW = "practice-overview";

    private static final By TITLE = By.cssSelector("#practice-overview h1");
    private static final String DEVICES_COUNT = "devices-count";
    private static final String DEVICES_EMPTY = "devices-empty-state";
    private static final String ADD_FIRST_DEVICE = "add-first-device";

    /** Waits until a practice's overview is shown. */
    public PracticeOverviewPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "");
    }

    public static PracticeOverviewPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new PracticeOverviewPage(browser);
    }

    /** The practice's name, the page's heading. */
    public String title() {
        return browser.waitFor(TITLE).getText();
    }

    /** The devices card's count. */
    public long devicesCount() {
        return Long.parseLong(text(DEVICES_COUNT).trim());
    }

    /** Waits until the devices card says no device is registered yet. */
    public void waitForNoDevicesYet() {
        browser.waitForView(DEVICES_EMPTY);
    }

    /** Whether the empty devices card offers to register the first device. */
    public boolean offersFirstDevice() {
        return isShown(ADD_FIRST_DEVICE);
    }

    // ---- findings -----------------------------------------------------------------------------------

    /** A finding whose text contains this ("Reception PC: firewall is off", "5 devices: firewall is off"). */
    private static By finding(String text) {
        return By.xpath("//li[contains(@class,'dw-finding')][contains(normalize-space(), " + xpathLiteral(text) + ")]");
    }

    /** Waits for a finding whose text contains this. */
    public void waitForFinding(String text) {
        browser.waitFor(finding(text));
    }

    /** Whether a finding whose text contains this is listed now; does not wait. */
    public boolean hasFinding(String text) {
        return browser.isPresent(finding(text));
    }

    /** Follows the link of the finding whose text contains this. */
    public void openFinding(String text) {
        browser.waitFor(finding(text)).findElement(By.tagName("a")).click();
    }
}
