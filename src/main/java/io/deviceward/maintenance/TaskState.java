package io.deviceward.maintenance;

/** What is stored of a task's progress; {@link TaskStatus} adds what the clock says. */
public enum TaskState {
    OPEN,
    DONE,
    MISSED
}
