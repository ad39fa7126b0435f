package io.deviceward.segment;

import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads a practice's segments, flow rules and devices at once: what the policy, the map and the findings
 * are computed from. Only for the guarded segment services, inside their tenant binding and transaction.
 */
@Component
class NetworkSnapshots {
    private final SegmentRepository segments;
    private final FlowRuleRepository rules;
    private final DeviceService devices;

    NetworkSnapshots(SegmentRepository segments, FlowRuleRepository rules, DeviceService devices) {
        this.segments = segments;
        this.rules = rules;
        this.devices = devices;
    }

    NetworkSnapshot of(UUID practiceId) {
        return NetworkSnapshot.of(
                segments.findAllByOrderByNameAsc(), rules.findAllByOrderByPositionAsc(), devicesOf(practiceId));
    }

    List<Device> devicesOf(UUID practiceId) {
        return devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent();
    }
}
