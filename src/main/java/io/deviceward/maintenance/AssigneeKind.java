package io.deviceward.maintenance;

/** Who a schedule's tasks are for. */
public enum AssigneeKind {
    PERSON,
    ROLE,
    /** Anyone who records maintenance in the practice. */
    ANYONE
}
