package io.deviceward.device;

/** How patient data stored on a decommissioned device was disposed of. */
public enum DisposalMethod {
    WIPED("Wiped"),
    DESTROYED("Destroyed"),
    RETURNED_TO_VENDOR("Returned to vendor"),
    NONE_STORED("No data stored");

    private final String label;

    DisposalMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
