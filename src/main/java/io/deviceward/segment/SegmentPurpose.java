package io.deviceward.segment;

/** What a segment is for; clinical devices and imaging are isolated by default. */
public enum SegmentPurpose {
    CLINICAL_DEVICES("Clinical devices", true),
    IMAGING("Imaging", true),
    STAFF_WORKSTATIONS("Staff workstations", false),
    SERVERS("Servers", false),
    PRINTERS_IOT("Printers and IoT", false),
    GUEST_WIFI("Guest Wi-Fi", false),
    VENDOR_ACCESS("Vendor access", false),
    MANAGEMENT("Management", false);

    private final String label;
    private final boolean isolatedByDefault;

    SegmentPurpose(String label, boolean isolatedByDefault) {
        this.label = label;
        this.isolatedByDefault = isolatedByDefault;
    }

    public String label() {
        return label;
    }

    /** Whether a new segment of this purpose keeps its devices from talking to each other unless told otherwise. */
    public boolean isolatedByDefault() {
        return isolatedByDefault;
    }

    /** Where attacks come from: a patient-data device reachable from here is a critical finding. */
    public boolean untrusted() {
        return this == GUEST_WIFI || this == VENDOR_ACCESS;
    }
}
