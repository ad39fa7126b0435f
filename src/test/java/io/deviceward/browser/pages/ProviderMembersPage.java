package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** A provider's members (/providers/{id}/members): who works for the provider. */
public final class ProviderMembersPage extends Page {
    public static final String VIEW = "provider-members";

    /** Waits until the provider's members page is shown. */
    public ProviderMembersPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID providerId) {
        return providerPath(providerId, "/members");
    }
}
