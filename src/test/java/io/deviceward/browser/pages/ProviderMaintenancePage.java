package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** Maintenance across a provider's practices (/providers/{id}/maintenance): what is overdue where. */
public final class ProviderMaintenancePage extends Page {
    public static final String VIEW = "provider-maintenance";

    private static final String OVERDUE = "provider-overdue";

    /** Waits until the provider's maintenance is shown. */
    public ProviderMaintenancePage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID providerId) {
        return providerPath(providerId, "/maintenance");
    }

    public static ProviderMaintenancePage open(Browser browser, UUID providerId) {
        browser.open(path(providerId));
        return new ProviderMaintenancePage(browser);
    }

    /** The text of the overdue card whose title contains this (it names the practice), once it is there. */
    public String overdueCard(String title) {
        return browser.waitFor(By.xpath(TaskCards.cardIn(OVERDUE, title))).getText();
    }
}
