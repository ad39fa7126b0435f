package io.deviceward.maintenance;

/** Why a task exists. */
public enum TaskKind {
    SCHEDULED("Scheduled"),
    RETEST("Retest"),
    FOLLOW_UP("Follow-up");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
