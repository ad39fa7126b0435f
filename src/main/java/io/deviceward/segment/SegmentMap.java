package io.deviceward.segment;

import io.deviceward.device.Device;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the map draws: a box per segment (and the Internet) with its device count, and an arrow per pair of
 * boxes that some allow rule connects, labelled with the traffic. A rule naming a device counts for the
 * device's segment.
 */
public record SegmentMap(List<Node> nodes, List<Arrow> arrows) {
    public static final String INTERNET_KEY = "internet";

    /** A box; {@code segmentId} is absent for the Internet. */
    public record Node(
            String key,
            @Nullable UUID segmentId,
            String name,
            @Nullable SegmentPurpose purpose,
            int deviceCount,
            boolean isolated,
            boolean allowsInside) {}

    /** An arrow between two boxes, with the traffic its rules allow, in rule order. */
    public record Arrow(String from, String to, List<String> traffic, List<UUID> ruleIds) {}

    static SegmentMap of(NetworkSnapshot snapshot) {
        Map<UUID, List<Device>> bySegment = snapshot.devicesBySegment();
        Map<UUID, Device> devices = snapshot.devicesById();
        Set<String> inside = new LinkedHashSet<>();
        Map<String, Arrow> arrows = new LinkedHashMap<>();
        for (FlowRule rule : snapshot.rules()) {
            if (rule.getAction() != FlowAction.ALLOW) continue;
            String from = keyOf(rule.getSource(), devices);
            String to = keyOf(rule.getDestination(), devices);
            if (from == null || to == null) continue;
            if (from.equals(to)) {
                inside.add(from);
                continue;
            }
            Arrow arrow = arrows.computeIfAbsent(
                    from + ">" + to, k -> new Arrow(from, to, new ArrayList<>(), new ArrayList<>()));
            if (!arrow.traffic().contains(rule.trafficLabel())) arrow.traffic().add(rule.trafficLabel());
            arrow.ruleIds().add(rule.getId());
        }
        List<Node> nodes = new ArrayList<>();
        for (Segment s : snapshot.segments()) {
            String key = key(s.getId());
            nodes.add(new Node(
                    key,
                    s.getId(),
                    s.getName(),
                    s.getPurpose(),
                    bySegment.getOrDefault(s.getId(), List.of()).size(),
                    s.isIsolated(),
                    inside.contains(key)));
        }
        nodes.add(new Node(INTERNET_KEY, null, SegmentService.INTERNET_NAME, null, 0, false, false));
        return new SegmentMap(List.copyOf(nodes), List.copyOf(arrows.values()));
    }

    static String key(UUID segmentId) {
        return "s-" + segmentId;
    }

    /** The box an endpoint belongs to, or null (a device in no segment, a removed one). */
    static @Nullable String keyOf(Endpoint endpoint, Map<UUID, Device> devices) {
        return switch (endpoint.kind()) {
            case INTERNET -> INTERNET_KEY;
            case SEGMENT -> endpoint.id() == null ? null : key(endpoint.id());
            case DEVICE -> {
                Device d = endpoint.id() == null ? null : devices.get(endpoint.id());
                yield d == null || d.getSegmentId() == null ? null : key(d.getSegmentId());
            }
            case null -> null;
        };
    }
}
