package io.deviceward.segment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The protocol a flow rule matches; the API and the exports spell it in lower case. */
public enum Protocol {
    @JsonProperty("tcp")
    TCP("tcp"),
    @JsonProperty("udp")
    UDP("udp"),
    @JsonProperty("icmp")
    ICMP("icmp"),
    @JsonProperty("any")
    ANY("any");

    private final String label;

    Protocol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only tcp and udp have ports. */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }
}
