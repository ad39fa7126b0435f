package io.deviceward.segment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A flow rule's source or destination: a segment or a device by id, or the Internet (no id), which is
 * everything outside the practice's segments.
 */
public record Endpoint(
        @Nullable EndpointKind kind, @Nullable UUID id) {
    public static final Endpoint INTERNET = new Endpoint(EndpointKind.INTERNET, null);

    public static Endpoint segment(UUID id) {
        return new Endpoint(EndpointKind.SEGMENT, id);
    }

    public static Endpoint device(UUID id) {
        return new Endpoint(EndpointKind.DEVICE, id);
    }

    @JsonIgnore
    public boolean isInternet() {
        return kind == EndpointKind.INTERNET;
    }
}
