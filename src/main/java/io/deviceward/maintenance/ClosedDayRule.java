package io.deviceward.maintenance;

/** What happens to an occurrence that falls on a day the practice is closed. */
public enum ClosedDayRule {
    /** Due anyway (a server check does not need the practice open). */
    KEEP("Keep on closed days"),
    /** Dropped: no occurrence that day. */
    SKIP("Skip closed days"),
    /** Moved to the next day the practice is open (two that meet there become one). */
    MOVE_TO_NEXT_OPEN("Move to the next open day");

    private final String label;

    ClosedDayRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
