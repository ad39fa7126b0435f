package io.deviceward.segment;

/** What a flow rule's source or destination is: a segment, one device, or the built-in Internet. */
public enum EndpointKind {
    SEGMENT("Segment"),
    DEVICE("Device"),
    INTERNET("Internet");

    private final String label;

    EndpointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
