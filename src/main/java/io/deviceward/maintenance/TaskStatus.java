package io.deviceward.maintenance;

/** Where a task stands now. */
public enum TaskStatus {
    /** Its day is today. */
    DUE("Due today"),
    /** Its day has passed and the next occurrence has not yet come. */
    OVERDUE("Overdue"),
    /** Its day is still to come. */
    UPCOMING("Upcoming"),
    DONE("Done"),
    /** Never done, and the next occurrence has come: it stays on record as missed. */
    MISSED("Missed");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
