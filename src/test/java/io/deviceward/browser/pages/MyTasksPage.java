package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** Someone's own maintenance tasks in a practice (/practices/{id}/maintenance/my-tasks). */
public final class MyTasksPage extends Page {
    public static final String VIEW = "my-tasks";

    /** Waits until the own tasks are shown. */
    public MyTasksPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/maintenance/my-tasks");
    }

    public static MyTasksPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new MyTasksPage(browser);
    }

    /** Follows the link of the card whose title contains this: the task's form opens. */
    public TaskCompletionPage openTask(String title) {
        browser.clickWhenReady(By.xpath(TaskCards.card(title) + "//a"));
        return new TaskCompletionPage(browser);
    }
}
