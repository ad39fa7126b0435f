package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** A provider's sign-in security (/providers/{id}/sign-in-security), the default its practices start from. */
public final class ProviderMfaPolicyPage extends Page {
    public static final String VIEW = "provider-mfa-policy";

    /** Waits until the provider's sign-in security page is shown. */
    public ProviderMfaPolicyPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID providerId) {
        return providerPath(providerId, "/sign-in-security");
    }
}
