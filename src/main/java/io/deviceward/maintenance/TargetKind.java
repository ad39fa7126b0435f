package io.deviceward.maintenance;

/** What a schedule applies to: one device, every device of a category or a segment, or the practice itself. */
public enum TargetKind {
    DEVICE("Device"),
    CATEGORY("Devices of a category"),
    SEGMENT("Devices of a network segment"),
    PRACTICE("The practice");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
