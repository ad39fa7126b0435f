package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A device's page (/practices/{id}/devices/{device}): its name, what needs attention, its posture, its history. */
public final class DevicePage extends Page {
    public static final String VIEW = "device-page";

    private static final String NAME = "device-page-name";
    private static final String FINDINGS = "device-findings";
    private static final String NO_FINDINGS = "device-findings-empty";
    private static final By FINDINGS_HEADING = By.cssSelector("#device-findings h2");
    private static final By HISTORY_ENTRIES = By.cssSelector("#device-history li");
    private static final String EDIT = "edit-device";

    /** Waits until a device's page is shown. */
    public DevicePage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId, UUID deviceId) {
        return practicePath(practiceId, "/devices/" + deviceId);
    }

    public static DevicePage open(Browser browser, UUID practiceId, UUID deviceId) {
        browser.open(path(practiceId, deviceId));
        return new DevicePage(browser);
    }

    public String name() {
        return text(NAME);
    }

    /** What needs attention, as one text ("Needs attention … Firewall is off …"). */
    public String findings() {
        return text(FINDINGS);
    }

    /** The heading of what needs attention, once it is there. */
    public String findingsHeading() {
        return browser.waitFor(FINDINGS_HEADING).getText();
    }

    /** Whether the heading of what needs attention reads this now (the page may be reloading); does not wait. */
    public boolean findingsHeadingReads(String text) {
        return browser.driver().findElements(FINDINGS_HEADING).stream()
                .anyMatch(h -> h.getText().equals(text));
    }

    /** Waits until the page says nothing needs attention. */
    public void waitUntilNothingNeedsAttention() {
        browser.waitUntil(
                "the device page to say nothing needs attention",
                d -> !d.findElements(By.id(NO_FINDINGS)).isEmpty());
    }

    /** The state of a posture item in the checklist ("firewall" → "NO", say). */
    public String postureState(String item) {
        return browser.waitFor(By.cssSelector("#device-posture-checklist li[data-item='" + item + "']"))
                .getAttribute("data-state");
    }

    /** Waits until the history lists this many entries; returns their texts, newest first. */
    public List<String> waitForHistoryEntries(int count) {
        return browser.waitUntil(count + " entries in the device's history", d -> {
            List<String> entries = d.findElements(HISTORY_ENTRIES).stream()
                    .map(WebElement::getText)
                    .toList();
            return entries.size() == count ? entries : null;
        });
    }

    public boolean canEdit() {
        return isShown(EDIT);
    }

    public DeviceFormPage edit() {
        click(EDIT);
        return new DeviceFormPage(browser);
    }
}
