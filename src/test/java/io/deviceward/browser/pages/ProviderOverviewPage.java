package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** A provider's overview (/providers/{id}): its name and the grid of its practices, worst first. */
public final class ProviderOverviewPage extends Page {
    public static final String VIEW = "provider-overview";

    private static final By TITLE = By.cssSelector("#provider-overview h1");
    private static final String PRACTICES = "practices-grid";

    /** Waits until a provider's overview is shown. */
    public ProviderOverviewPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID providerId) {
        return providerPath(providerId, "");
    }

    /** The provider's name, the page's heading. */
    public String title() {
        return browser.waitFor(TITLE).getText();
    }

    /** Waits until the practices grid lists this practice. */
    public void waitForPractice(String name) {
        grid(PRACTICES).waitForCell(name);
    }
}
