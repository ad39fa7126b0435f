package io.deviceward.device;

/** Whether the vendor can reach the device from outside. */
public enum RemoteAccess {
    NONE("None"),
    ON_REQUEST("On request"),
    PERMANENT("Permanent");

    private final String label;

    RemoteAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
