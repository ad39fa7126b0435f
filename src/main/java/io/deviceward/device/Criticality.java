package io.deviceward.device;

/** The clinical consequence if the device fails or is compromised. */
public enum Criticality {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    Criticality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
