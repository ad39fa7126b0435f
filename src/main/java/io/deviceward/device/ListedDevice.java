package io.deviceward.device;

import java.util.UUID;

/**
 * A device as a page of the registry lists it: every detail, its id and the version it was read at, read with
 * plain SQL ({@link DeviceListings}) rather than as an entity. Nothing is written through it.
 */
public final class ListedDevice extends DeviceDetails {
    private final UUID id;
    private final long version;

    ListedDevice(UUID id, long version) {
        this.id = id;
        this.version = version;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
