package io.deviceward.segment;

import java.util.List;
import java.util.UUID;

/** Devices in no segment whose address lies in this segment's networks: "12 devices fit Clinical devices". */
public record Placement(UUID segmentId, String segmentName, List<UUID> deviceIds, List<String> deviceNames) {
    public String sentence() {
        return deviceIds.size() + (deviceIds.size() == 1 ? " device fits " : " devices fit ") + segmentName
                + " by their address";
    }
}
