package io.deviceward.maintenance;

/** What the next occurrence counts from. */
public enum Basis {
    /** The rule's dates, whatever happened before: a missed one stays missed. */
    SCHEDULE,
    /** The day the last one was completed: the next is due one interval later; never missed, only overdue. */
    LAST_COMPLETION
}
