package io.deviceward.maintenance;

/** How a task ended. */
public enum Outcome {
    PASSED("Passed"),
    FAILED("Failed"),
    NOT_DONE("Not done");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
