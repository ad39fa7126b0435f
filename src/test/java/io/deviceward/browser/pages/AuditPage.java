package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** A practice's audit trail (/practices/{id}/audit): the chain's verification and the grid of entries. */
public final class AuditPage extends Page {
    public static final String VIEW = "audit";

    private static final By TITLE = By.cssSelector("#audit h1");
    private static final String VERIFICATION = "audit-verification";
    private static final String ENTRIES = "audit-grid";

    /** Waits until an audit trail is shown. */
    public AuditPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/audit");
    }

    public static AuditPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new AuditPage(browser);
    }

    public String title() {
        return browser.waitFor(TITLE).getText();
    }

    /** What the check of the hash chain says ("Chain verified …"). */
    public String verification() {
        return text(VERIFICATION);
    }

    /** Waits until the grid shows a cell with exactly this text ("Added", "Device: Reception PC"). */
    public void waitForEntry(String cellText) {
        grid(ENTRIES).waitForCell(cellText);
    }
}
