package io.deviceward.device;

import java.util.Arrays;

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

    /** The same rule as the registry filter (DeviceSpecifications), for one device in hand. */
    public boolean appliesTo(Posture posture) {
        return switch (this) {
            case FIREWALL_OFF -> state(posture, PostureItem.FIREWALL) == Answer.NO;
            case NOT_IN_BACKUPS -> state(posture, PostureItem.BACKUP) == Answer.NO;
            case POSTURE_UNKNOWN ->
                Arrays.stream(PostureItem.values()).anyMatch(item -> state(posture, item) == Answer.UNKNOWN);
        };
    }

    private static Answer state(Posture posture, PostureItem item) {
        PostureCheck check = posture.get(item);
        return check == null || check.getState() == null ? Answer.UNKNOWN : check.getState();
    }
}
