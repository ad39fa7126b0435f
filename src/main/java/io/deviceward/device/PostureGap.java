package io.deviceward.device;

/** The posture gaps the registry can be filtered by. */
public enum PostureGap {
    FIREWALL_OFF("Firewall off"),
    NOT_IN_BACKUPS("Not in backups"),
    POSTURE_UNKNOWN("Posture unknown");

    private final String label;

    PostureGap(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
