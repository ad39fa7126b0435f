package io.deviceward.segment;

/** What a flow rule does with matching traffic; whatever no rule allows is denied. */
public enum FlowAction {
    ALLOW("Allow"),
    DENY("Deny");

    private final String label;

    FlowAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
