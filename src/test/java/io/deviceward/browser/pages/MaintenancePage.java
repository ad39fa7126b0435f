package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** A practice's maintenance (/practices/{id}/maintenance): its tasks as cards, by when they are due. */
public final class MaintenancePage extends Page {
    public static final String VIEW = "maintenance";

    /** The page's sections of task cards. */
    public enum Section {
        OVERDUE("overdue"),
        DUE_TODAY("due-today"),
        UPCOMING("upcoming");

        final String id;

        Section(String id) {
            this.id = id;
        }
    }

    /** Waits until a practice's maintenance is shown. */
    public MaintenancePage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/maintenance");
    }

    public static MaintenancePage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new MaintenancePage(browser);
    }

    /** The text of the card in this section whose title contains this, once it is there. */
    public String card(Section section, String title) {
        return browser.waitFor(By.xpath(TaskCards.cardIn(section.id, title))).getText();
    }

    /** The text of the card in this section whose title contains this and that is marked as a retest. */
    public String retestCard(Section section, String title) {
        return browser.waitFor(By.xpath(TaskCards.cardIn(section.id, title) + "[.//span[contains(.,'Retest')]]"))
                .getText();
    }

    /** Follows the link of the card in this section whose title contains this: the task's form opens. */
    public TaskCompletionPage openTask(Section section, String title) {
        browser.clickWhenReady(By.xpath(TaskCards.cardIn(section.id, title) + "//a"));
        return new TaskCompletionPage(browser);
    }
}
