package io.deviceward.device;

public enum DeviceStatus {
    PLANNED("Planned"),
    IN_SERVICE("In service"),
    OUT_OF_SERVICE("Out of service"),
    DECOMMISSIONED("Decommissioned");

    private final String label;

    DeviceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
