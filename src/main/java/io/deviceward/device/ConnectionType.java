package io.deviceward.device;

public enum ConnectionType {
    WIRED("Wired"),
    WIFI("Wi-Fi"),
    BLUETOOTH("Bluetooth"),
    CELLULAR("Cellular"),
    NONE("None");

    private final String label;

    ConnectionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
