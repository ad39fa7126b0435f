package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.device.Device;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether the policy lets a host of one segment reach an address on a protocol and port, exactly as the
 * exported ruleset decides: rules in order, the first that matches wins, then traffic inside a segment that
 * is not isolated, and otherwise deny. The source is any host of the segment (a scanner, say), so rules
 * naming a single device as their source do not apply to it.
 */
final class PolicyEvaluator {
    private final NetworkSnapshot snapshot;

    PolicyEvaluator(NetworkSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** What an address is in the practice: the registered device with it, and the segment holding it. */
    record Target(@Nullable Device device, @Nullable Segment segment) {}

    Target target(IPAddress address) {
        Device device = deviceAt(address).orElse(null);
        Segment segment = snapshot.segmentHolding(address).orElse(null);
        return new Target(device, segment);
    }

    Optional<Device> deviceAt(IPAddress address) {
        String canonical = address.toCanonicalString();
        return snapshot.devices().stream()
                .filter(d -> d.getIpAddresses().contains(canonical))
                .findFirst();
    }

    boolean allows(UUID fromSegmentId, IPAddress to, Protocol protocol, int port) {
        Target target = target(to);
        for (FlowRule rule : snapshot.rules()) {
            if (matchesSource(rule.getSource(), fromSegmentId)
                    && matchesDestination(rule.getDestination(), target)
                    && (rule.getProtocol() == Protocol.ANY || rule.getProtocol() == protocol)
                    && (!protocol.hasPorts() || rule.portRanges().contains(port))) {
                return rule.getAction() == FlowAction.ALLOW;
            }
        }
        return target.segment() != null
                && target.segment().getId().equals(fromSegmentId)
                && !target.segment().isIsolated();
    }

    private boolean matchesSource(Endpoint source, UUID fromSegmentId) {
        return source.kind() == EndpointKind.SEGMENT && fromSegmentId.equals(source.id());
    }

    private static boolean matchesDestination(Endpoint destination, Target target) {
        return switch (destination.kind()) {
            case INTERNET -> target.segment() == null;
            case SEGMENT -> target.segment() != null && target.segment().getId().equals(destination.id());
            case DEVICE -> target.device() != null && target.device().getId().equals(destination.id());
            case null -> false;
        };
    }
}
