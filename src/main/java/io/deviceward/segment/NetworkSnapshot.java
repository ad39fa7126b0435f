package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A practice's segments, rules (in order) and devices in service, read once: what the findings, the exports,
 * the map and the matrix are computed from. Decommissioned devices are left out.
 */
record NetworkSnapshot(List<Segment> segments, List<FlowRule> rules, List<Device> devices) {

    static NetworkSnapshot of(List<Segment> segments, List<FlowRule> rules, List<Device> allDevices) {
        return new NetworkSnapshot(
                segments,
                rules,
                allDevices.stream()
                        .filter(d -> d.getStatus() != DeviceStatus.DECOMMISSIONED)
                        .toList());
    }

    Map<UUID, Segment> segmentsById() {
        return segments.stream().collect(Collectors.toMap(Segment::getId, Function.identity()));
    }

    Map<UUID, Device> devicesById() {
        return devices.stream().collect(Collectors.toMap(Device::getId, Function.identity()));
    }

    Map<UUID, List<Device>> devicesBySegment() {
        Map<UUID, List<Device>> result = new LinkedHashMap<>();
        for (Segment s : segments) result.put(s.getId(), new ArrayList<>());
        for (Device d : devices) {
            if (d.getSegmentId() != null) {
                result.computeIfAbsent(d.getSegmentId(), k -> new ArrayList<>()).add(d);
            }
        }
        return result;
    }

    /** The name a person knows an endpoint by. */
    String nameOf(Endpoint endpoint) {
        return switch (endpoint.kind()) {
            case INTERNET -> "Internet";
            case SEGMENT ->
                segments.stream()
                        .filter(s -> s.getId().equals(endpoint.id()))
                        .map(Segment::getName)
                        .findFirst()
                        .orElse("(removed segment)");
            case DEVICE ->
                devices.stream()
                        .filter(d -> d.getId().equals(endpoint.id()))
                        .map(Device::getName)
                        .findFirst()
                        .orElse("(removed device)");
            case null -> "?";
        };
    }

    /** The segment whose networks hold this address, if any. */
    Optional<Segment> segmentHolding(IPAddress host) {
        return segments.stream()
                .filter(s -> s.getCidrs().stream().anyMatch(c -> Cidrs.contains(Cidrs.network(c), host)))
                .findFirst();
    }
}
