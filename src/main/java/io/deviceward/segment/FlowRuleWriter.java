package io.deviceward.segment;

import io.deviceward.device.DeviceService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a flow rule's details and takes them over: endpoints of this practice, a protocol (or a named
 * service's), ports only where they apply, a reason for every allowed flow, a free position. Used by
 * {@link FlowPolicy} and by a starter template's rules ({@link SegmentService#applyTemplate}); the callers
 * have checked access.
 */
@Component
class FlowRuleWriter {
    private final SegmentRepository segments;
    private final FlowRuleRepository rules;
    private final DeviceService devices;
    private final Clock clock;

    FlowRuleWriter(SegmentRepository segments, FlowRuleRepository rules, DeviceService devices, Clock clock) {
        this.segments = segments;
        this.rules = rules;
        this.devices = devices;
        this.clock = clock;
    }

    FlowRule create(UUID practiceId, FlowRuleDetails details) {
        FlowRule rule = new FlowRule(clock.instant());
        apply(practiceId, rule, details);
        return rules.saveAndFlush(rule);
    }

    FlowRule update(UUID practiceId, FlowRule rule, FlowRuleDetails details) {
        apply(practiceId, rule, details);
        return rules.saveAndFlush(rule);
    }

    private void apply(UUID practiceId, FlowRule rule, FlowRuleDetails details) {
        Endpoint source = checkEndpoint(practiceId, "source", details.getSource());
        Endpoint destination = checkEndpoint(practiceId, "destination", details.getDestination());
        if (source.isInternet() && destination.isInternet()) {
            throw new InvalidInputException(
                    "destination", "Traffic from the Internet to the Internet is not the practice's");
        }
        NamedService service = details.getService();
        Protocol protocol =
                details.getProtocol() != null ? details.getProtocol() : service != null ? service.protocol() : null;
        if (protocol == null) {
            throw new InvalidInputException("protocol", "Choose tcp, udp, icmp or any, or a named service");
        }
        String ports = details.getPorts();
        if ((ports == null || ports.isBlank()) && service != null && protocol == service.protocol()) {
            ports = service.ports();
        }
        String normalisedPorts = null;
        if (ports != null && !ports.isBlank()) {
            if (!protocol.hasPorts()) {
                throw new InvalidInputException("ports", "Ports apply to tcp and udp only");
            }
            try {
                normalisedPorts = PortRanges.parse(ports).toString();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("ports", e.getMessage());
            }
        }
        if (details.getAction() == FlowAction.ALLOW
                && (details.getJustification() == null
                        || details.getJustification().isBlank())) {
            throw new InvalidInputException("justification", "Say why this traffic is allowed");
        }
        int position;
        if (details.getPosition() != null) {
            position = details.getPosition();
            rules.findAll().stream()
                    .filter(r -> r.getPosition() == position && !r.getId().equals(rule.getId()))
                    .findFirst()
                    .ifPresent(r -> {
                        throw new InvalidInputException(
                                "position", "Position " + position + " is already taken by another rule");
                    });
        } else if (rule.getVersion() == 0 && rule.getPosition() == 0) {
            position = rules.maxPosition() + 10;
        } else {
            position = rule.getPosition();
        }
        rule.apply(details, protocol, normalisedPorts, position);
    }

    private Endpoint checkEndpoint(UUID practiceId, String field, @Nullable Endpoint endpoint) {
        if (endpoint == null || endpoint.kind() == null) {
            throw new InvalidInputException(field + ".kind", "Choose a segment, a device or the Internet");
        }
        if (endpoint.kind() == EndpointKind.INTERNET) return Endpoint.INTERNET;
        if (endpoint.id() == null) {
            throw new InvalidInputException(
                    field + ".id", "Choose which " + endpoint.kind().label().toLowerCase());
        }
        boolean exists = endpoint.kind() == EndpointKind.SEGMENT
                ? segments.findById(endpoint.id())
                        .filter(s -> practiceId.equals(s.getPracticeId()))
                        .isPresent()
                : deviceExists(practiceId, endpoint.id());
        if (!exists) {
            throw new InvalidInputException(
                    field + ".id", "No " + endpoint.kind().label().toLowerCase() + " with this id in the practice");
        }
        return endpoint;
    }

    private boolean deviceExists(UUID practiceId, UUID deviceId) {
        try {
            devices.get(practiceId, deviceId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
