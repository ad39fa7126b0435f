package io.deviceward.device;

/** Yes, no, or not known yet: "unknown" is an honest answer and shows up as a gap. */
public enum Answer {
    YES("Yes"),
    NO("No"),
    UNKNOWN("Unknown");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
