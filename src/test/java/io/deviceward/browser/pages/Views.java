package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The views a signed-in browser can land on, by their root ids (each the page object's {@code VIEW}). */
public final class Views {
    /** The root ids of the views a signed-in page can show; one of them marks a rendered Vaadin view. */
    public static final List<String> ROOT_IDS = List.of(
            ProviderOverviewPage.VIEW,
            PracticeOverviewPage.VIEW,
            DeviceListPage.VIEW,
            DeviceFormPage.VIEW,
            DevicePage.VIEW,
            PracticeSettingsPage.VIEW,
            MembersPage.VIEW,
            AuditPage.VIEW,
            MfaPolicyPage.VIEW,
            ProviderMfaPolicyPage.VIEW,
            NoAccessPage.VIEW,
            NotFoundPage.VIEW,
            NotAllowedPage.VIEW,
            SignedOutPage.VIEW);

    private Views() {}

    /** Waits until one of the known views is shown and the client is idle; returns its id. */
    public static String waitForAny(Browser browser) {
        String selector = ROOT_IDS.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        WebElement view = browser.waitUntil(
                "any DeviceWard view (" + String.join(", ", ROOT_IDS) + ")",
                d -> d.findElements(By.cssSelector(selector)).stream()
                        .findFirst()
                        .orElse(null));
        String id = view.getDomAttribute("id");
        browser.waitUntilIdle();
        return id;
    }

    /** The known views in the page now (none, usually one); does not wait. */
    public static List<String> present(Browser browser) {
        return ROOT_IDS.stream().filter(id -> browser.isPresent(By.id(id))).toList();
    }
}
