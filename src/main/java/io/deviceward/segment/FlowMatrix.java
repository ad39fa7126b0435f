package io.deviceward.segment;

import io.deviceward.device.Device;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Segments (and the Internet) against segments: each cell the traffic allowed from the row to the column,
 * and the rules behind it. A rule naming a device counts for the device's segment.
 */
public record FlowMatrix(List<Axis> axes, Map<String, List<FlowRule>> cells) {

    /** A row and column: a segment, or the Internet ({@code key} {@value SegmentMap#INTERNET_KEY}). */
    public record Axis(String key, String name) {}

    static FlowMatrix of(NetworkSnapshot snapshot) {
        List<Axis> axes = new ArrayList<>();
        snapshot.segments().forEach(s -> axes.add(new Axis(SegmentMap.key(s.getId()), s.getName())));
        axes.add(new Axis(SegmentMap.INTERNET_KEY, SegmentService.INTERNET_NAME));
        Map<UUID, Device> devices = snapshot.devicesById();
        Map<String, List<FlowRule>> cells = new HashMap<>();
        for (FlowRule rule : snapshot.rules()) {
            if (rule.getAction() != FlowAction.ALLOW) continue;
            String from = SegmentMap.keyOf(rule.getSource(), devices);
            String to = SegmentMap.keyOf(rule.getDestination(), devices);
            if (from == null || to == null) continue;
            cells.computeIfAbsent(from + ">" + to, k -> new ArrayList<>()).add(rule);
        }
        return new FlowMatrix(List.copyOf(axes), cells);
    }

    public List<FlowRule> rules(String fromKey, String toKey) {
        return cells.getOrDefault(fromKey + ">" + toKey, List.of());
    }

    /** "tcp 443, udp 53", or empty when nothing is allowed. */
    public String traffic(String fromKey, String toKey) {
        return rules(fromKey, toKey).stream()
                .map(FlowRule::trafficLabel)
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
