package io.deviceward.device;

/** The security posture checklist; the key is the JSON and CSV name of the item. */
public enum PostureItem {
    FIREWALL("firewall", "Firewall enabled"),
    ENDPOINT_PROTECTION("endpointProtection", "Antivirus or endpoint protection active"),
    BACKUP("backup", "Included in backups"),
    DEFAULT_PASSWORDS_CHANGED("defaultPasswordsChanged", "Default passwords changed"),
    SERVICES_MINIMISED("servicesMinimised", "Unneeded services and features disabled"),
    FIRMWARE_CURRENT("firmwareCurrent", "Firmware current"),
    STORAGE_ENCRYPTED("storageEncrypted", "Storage encrypted"),
    LOGGING_ENABLED("loggingEnabled", "Logging enabled");

    private final String key;
    private final String label;

    PostureItem(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
