package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** A new maintenance schedule (/practices/{id}/maintenance/schedules/new): template, target, recurrence. */
public final class ScheduleFormPage extends Page {
    public static final String VIEW = "schedule-form";

    private static final String TEMPLATE = "schedule-template";
    private static final String TARGET_KIND = "schedule-target-kind";
    private static final String DEVICE = "schedule-device";
    private static final String RECURRENCE = "schedule-rrule";
    private static final String CLOSED_DAYS = "schedule-closed-days";
    private static final String SAVE = "save-schedule";

    /** Waits until the schedule form is shown. */
    public ScheduleFormPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String newPath(UUID practiceId) {
        return practicePath(practiceId, "/maintenance/schedules/new");
    }

    public static ScheduleFormPage openNew(Browser browser, UUID practiceId) {
        browser.open(newPath(practiceId));
        return new ScheduleFormPage(browser);
    }

    /** Chooses the template by its label ("Autoclave cycle record (Steriliser)"). */
    public ScheduleFormPage template(String label) {
        browser.chooseInComboBox(TEMPLATE, label);
        return this;
    }

    /** Targets one device, chosen by its label ("Autoclave 1 (AUTOCLAVE)"). */
    public ScheduleFormPage forDevice(String label) {
        browser.chooseInSelect(TARGET_KIND, "Device");
        browser.chooseInComboBox(DEVICE, label);
        return this;
    }

    /** The recurrence as an iCalendar RRULE ("FREQ=WEEKLY;BYDAY=MO"). */
    public ScheduleFormPage repeating(String rrule) {
        type(RECURRENCE, rrule);
        return this;
    }

    /** What happens on the practice's closed days, by the option's label ("Keep on closed days"). */
    public ScheduleFormPage onClosedDays(String label) {
        browser.chooseInSelect(CLOSED_DAYS, label);
        return this;
    }

    /** Saves; back on the practice's maintenance. */
    public MaintenancePage save() {
        click(SAVE);
        return new MaintenancePage(browser);
    }
}
