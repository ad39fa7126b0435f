package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/**
 * Recording a maintenance task (/practices/{id}/maintenance/tasks/{task}): its measured values (with their limits
 * beside them), its checks, the outcome, and what follows from a failure.
 */
public final class TaskCompletionPage extends Page {
    public static final String VIEW = "task-completion";

    private static final String PASSED = "outcome-passed";
    private static final String OUTCOME = "task-outcome";
    private static final String FAILED_CHECKS = "task-failed-checks";
    private static final String NOTICE = "task-notice";

    /** Waits until a task's form is shown. */
    public TaskCompletionPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Waits until the field of this measured value (its key in the template: "temperature") is there. */
    public TaskCompletionPage waitForValue(String key) {
        find("value-" + key);
        return this;
    }

    /** Enters a measured value by its key in the template ("cycleNumber", "temperature"). */
    public TaskCompletionPage enterValue(String key, String value) {
        type("value-" + key, value);
        return this;
    }

    /** Ticks a check by its key in the template ("printoutKept"). */
    public TaskCompletionPage tick(String check) {
        clickByScript("check-" + check);
        return this;
    }

    /** Records the task as passed; the values decide whether it did ({@link #outcome()}). */
    public void recordAsPassed() {
        clickByScript(PASSED);
    }

    /** The outcome recorded: "Passed" or "Failed". */
    public String outcome() {
        return text(OUTCOME);
    }

    /** The checks and values that failed, as the page tells them. */
    public String failedChecks() {
        return text(FAILED_CHECKS);
    }

    /** What follows from the outcome (the device out of service, say). */
    public String notice() {
        return text(NOTICE);
    }
}
