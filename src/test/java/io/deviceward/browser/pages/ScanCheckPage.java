package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.nio.file.Path;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * The scan check (/practices/{id}/segments/scan): an nmap scan uploaded from a segment, what answered against the
 * policy, unregistered hosts one click from the device form, and the past scans.
 */
public final class ScanCheckPage extends Page {
    public static final String VIEW = "scan-check";

    private static final String FROM = "scan-from";
    private static final String UPLOAD = "scan-upload";
    private static final String SUMMARY = "scan-summary";
    private static final String RESULTS = "scan-results";
    private static final String HISTORY = "scan-history";
    private static final By REGISTER = By.cssSelector("#scan-results a.scan-register");

    /** Waits until the scan check is shown. */
    public ScanCheckPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/segments/scan");
    }

    public static ScanCheckPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new ScanCheckPage(browser);
    }

    /** Chooses the segment the scan was run from. */
    public void scannedFrom(String segment) {
        browser.chooseInComboBox(FROM, segment);
    }

    /** Uploads the scan's XML file, which starts the check. */
    public void upload(Path scan) {
        upload(UPLOAD, scan);
    }

    /** Waits until the summary is shown and contains this; returns it. */
    public String waitForSummary(String text) {
        waitForVisible(SUMMARY);
        return browser.waitUntil("the summary", d -> {
            String summary = summary();
            return summary.contains(text) ? summary : null;
        });
    }

    public String summary() {
        return text(SUMMARY);
    }

    /** Waits until the results list one with exactly this text. */
    public void waitForResult(String text) {
        grid(RESULTS).waitForCell(text);
    }

    /** Waits until the past scans list one with a cell of exactly this text (the segment it was run from). */
    public void waitForPastScan(String cellText) {
        grid(HISTORY).waitForCell(cellText);
    }

    /** Follows the link that registers the unregistered host: the device form opens, filled in. */
    public DeviceFormPage registerUnregisteredHost() {
        browser.clickWhenReady(REGISTER);
        return new DeviceFormPage(browser);
    }
}
