package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.access.CurrentUser;
import io.deviceward.access.SignedInUser;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The segment map of a practice: its segments and flow rules, with the findings, the exported policy, the
 * map and the matrix computed from them. Closed by default: every public method states its guard, and every
 * change is audited through the entities. See docs/decisions/2026-12-01-segment-map.md.
 */
@Service
@Validated
@PracticeScoped
public class SegmentService {
    static final String INTERNET_NAME = "Internet";

    private final SegmentRepository segments;
    private final FlowRuleRepository rules;
    private final SegmentMapReviewRepository reviews;
    private final ScanCheckRepository scans;
    private final DeviceService devices;
    private final CurrentUser currentUser;
    private final Clock clock;

    SegmentService(
            SegmentRepository segments,
            FlowRuleRepository rules,
            SegmentMapReviewRepository reviews,
            ScanCheckRepository scans,
            DeviceService devices,
            CurrentUser currentUser,
            Clock clock) {
        this.segments = segments;
        this.rules = rules;
        this.reviews = reviews;
        this.scans = scans;
        this.devices = devices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- Segments

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Segment> listSegments(UUID practiceId) {
        return segments.findAllByOrderByNameAsc();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Segment getSegment(UUID practiceId, UUID segmentId) {
        return findSegment(practiceId, segmentId);
    }

    @CanEditPractice
    @Transactional
    public Segment createSegment(UUID practiceId, @Valid @NotNull SegmentDetails details) {
        Segment segment = new Segment(clock.instant());
        apply(segment, details);
        return segments.saveAndFlush(segment);
    }

    @CanEditPractice
    @Transactional
    public Segment updateSegment(
            UUID practiceId, UUID segmentId, long expectedVersion, @Valid @NotNull SegmentDetails details) {
        Segment segment = findSegment(practiceId, segmentId);
        if (segment.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Segment \"" + segment.getName() + "\"");
        }
        apply(segment, details);
        return segments.saveAndFlush(segment);
    }

    /** Takes the segment's devices out of it (each change audited) and deletes it; refused while rules use it. */
    @CanEditPractice
    @Transactional
    public void deleteSegment(UUID practiceId, UUID segmentId) {
        Segment segment = findSegment(practiceId, segmentId);
        long using = rules.countUsing(segmentId);
        if (using > 0) {
            throw new InvalidInputException(
                    "segment",
                    "Segment \"" + segment.getName() + "\" is used by " + using
                            + (using == 1 ? " flow rule" : " flow rules") + ": change or delete "
                            + (using == 1 ? "it" : "them") + " first");
        }
        Set<UUID> inside = new HashSet<>();
        for (Device d : devicesOf(practiceId)) {
            if (segmentId.equals(d.getSegmentId())) inside.add(d.getId());
        }
        if (!inside.isEmpty()) devices.changeSegment(practiceId, inside, null);
        segments.delete(segment);
        segments.flush();
    }

    private void apply(Segment segment, SegmentDetails details) {
        String name = details.getName().strip();
        if (name.equalsIgnoreCase(INTERNET_NAME)) {
            throw new InvalidInputException("name", "\"Internet\" is built in: choose another name");
        }
        List<Segment> others = segments.findAll().stream()
                .filter(s -> !s.getId().equals(segment.getId()))
                .toList();
        others.stream()
                .filter(s -> s.getName().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(s -> {
                    throw new InvalidInputException(
                            "name", "Another segment is already called \"" + s.getName() + "\"");
                });
        Integer vlan = details.getVlanId();
        if (vlan != null) {
            others.stream().filter(s -> vlan.equals(s.getVlanId())).findFirst().ifPresent(s -> {
                throw new InvalidInputException(
                        "vlanId", "VLAN " + vlan + " is already used by segment \"" + s.getName() + "\"");
            });
        }
        List<IPAddress> networks = new ArrayList<>();
        for (String text : details.getCidrs()) {
            if (text == null || text.isBlank()) continue;
            IPAddress network;
            try {
                network = Cidrs.network(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cidrs", e.getMessage());
            }
            for (IPAddress earlier : networks) {
                if (Cidrs.overlap(earlier, network)) {
                    throw new InvalidInputException(
                            "cidrs", network.toCanonicalString() + " overlaps " + earlier.toCanonicalString());
                }
            }
            for (Segment other : others) {
                for (String theirs : other.getCidrs()) {
                    if (Cidrs.overlap(Cidrs.network(theirs), network)) {
                        throw new InvalidInputException(
                                "cidrs",
                                network.toCanonicalString() + " overlaps " + theirs + " of segment \"" + other.getName()
                                        + "\"");
                    }
                }
            }
            networks.add(network);
        }
        if (networks.isEmpty()) {
            throw new InvalidInputException("cidrs", "Enter at least one network, such as 10.0.1.0/24");
        }
        String gateway = null;
        if (details.getGateway() != null && !details.getGateway().isBlank()) {
            IPAddress host = Cidrs.host(details.getGateway())
                    .orElseThrow(() -> new InvalidInputException(
                            "gateway", "\"" + details.getGateway().strip() + "\" is not an IP address"));
            if (networks.stream().noneMatch(n -> Cidrs.contains(n, host))) {
                throw new InvalidInputException(
                        "gateway", "The gateway " + host.toCanonicalString() + " is not in the segment's networks");
            }
            gateway = host.toCanonicalString();
        }
        segment.apply(
                details, networks.stream().map(IPAddress::toCanonicalString).toList(), gateway);
    }

    private Segment findSegment(UUID practiceId, UUID segmentId) {
        return segments.findById(segmentId)
                .filter(s -> practiceId.equals(s.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Segment"));
    }

    // ---- Flow rules

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<FlowRule> listRules(UUID practiceId) {
        return rules.findAllByOrderByPositionAsc();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public FlowRule getRule(UUID practiceId, UUID ruleId) {
        return findRule(practiceId, ruleId);
    }

    @CanEditPractice
    @Transactional
    public FlowRule createRule(UUID practiceId, @Valid @NotNull FlowRuleDetails details) {
        FlowRule rule = new FlowRule(clock.instant());
        apply(practiceId, rule, details);
        return rules.saveAndFlush(rule);
    }

    @CanEditPractice
    @Transactional
    public FlowRule updateRule(
            UUID practiceId, UUID ruleId, long expectedVersion, @Valid @NotNull FlowRuleDetails details) {
        FlowRule rule = findRule(practiceId, ruleId);
        if (rule.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Flow rule " + rule.getPosition());
        }
        apply(practiceId, rule, details);
        return rules.saveAndFlush(rule);
    }

    @CanEditPractice
    @Transactional
    public void deleteRule(UUID practiceId, UUID ruleId) {
        rules.delete(findRule(practiceId, ruleId));
        rules.flush();
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

    private FlowRule findRule(UUID practiceId, UUID ruleId) {
        return rules.findById(ruleId)
                .filter(r -> practiceId.equals(r.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Flow rule"));
    }

    // ---- Devices by address

    /** Per segment, the devices in no segment whose address lies in its networks. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Placement> placements(UUID practiceId) {
        NetworkSnapshot snapshot = snapshot(practiceId);
        Map<UUID, List<Device>> fitting = new HashMap<>();
        for (Device d : snapshot.devices()) {
            if (d.getSegmentId() != null) continue;
            for (String ip : d.getIpAddresses()) {
                Optional<Segment> holder = Cidrs.host(ip).flatMap(snapshot::segmentHolding);
                if (holder.isPresent()) {
                    fitting.computeIfAbsent(holder.get().getId(), k -> new ArrayList<>())
                            .add(d);
                    break;
                }
            }
        }
        return snapshot.segments().stream()
                .filter(s -> fitting.containsKey(s.getId()))
                .map(s -> new Placement(
                        s.getId(),
                        s.getName(),
                        fitting.get(s.getId()).stream().map(Device::getId).toList(),
                        fitting.get(s.getId()).stream().map(Device::getName).toList()))
                .toList();
    }

    /** Places the devices that fit this segment by their address (see {@link #placements}); returns how many. */
    @CanEditPractice
    @Transactional
    public int placeByAddress(UUID practiceId, UUID segmentId) {
        findSegment(practiceId, segmentId);
        return placements(practiceId).stream()
                .filter(p -> p.segmentId().equals(segmentId))
                .findFirst()
                .map(p -> devices.changeSegment(practiceId, new HashSet<>(p.deviceIds()), segmentId))
                .orElse(0);
    }

    // ---- Templates and review

    /** Creates a starter template's segments and rules on an empty map, all editable afterwards. */
    @CanEditPractice
    @Transactional
    public int applyTemplate(UUID practiceId, @NotNull StarterTemplate template) {
        if (!segments.findAll().isEmpty() || !rules.findAll().isEmpty()) {
            throw new InvalidInputException(
                    "template", "A starter template goes on an empty map: this practice already has segments or rules");
        }
        Map<String, UUID> ids = new HashMap<>();
        for (StarterTemplate.SegmentSpec spec : template.segments()) {
            ids.put(spec.key(), createSegment(practiceId, spec.details()).getId());
        }
        int position = 10;
        for (StarterTemplate.RuleSpec spec : template.rules()) {
            FlowRuleDetails details = spec.details(ids);
            details.setPosition(position);
            details.setOwner(spec.owner());
            createRule(practiceId, details);
            position += 10;
        }
        return template.segments().size();
    }

    /** Records that the map was reviewed today by the caller. */
    @CanEditPractice
    @Transactional
    public SegmentMapReview recordReview(UUID practiceId) {
        SegmentMapReview review = reviews.findFirstBy().orElseGet(() -> new SegmentMapReview(UUID.randomUUID()));
        review.record(today(), currentUser.find().map(SignedInUser::displayName).orElse("system"));
        return reviews.saveAndFlush(review);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Optional<SegmentMapReview> lastReview(UUID practiceId) {
        return reviews.findFirstBy();
    }

    // ---- What is computed from the map

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Finding> findings(UUID practiceId) {
        NetworkSnapshot snapshot = snapshot(practiceId);
        List<Finding> found =
                new ArrayList<>(new SegmentFindings(practiceId, snapshot, today(), reviews.findFirstBy()).all());
        found.addAll(scanFindings(practiceId, snapshot.devicesById()));
        found.sort(Finding.WORST_FIRST);
        return List.copyOf(found);
    }

    /** The results of the latest scan check from each segment: what the real network showed last. */
    private List<Finding> scanFindings(UUID practiceId, Map<UUID, Device> devicesById) {
        Map<UUID, ScanCheck> latest = new LinkedHashMap<>();
        for (ScanCheck check : scans.findAllByOrderByScannedAtDescCheckedAtDesc()) {
            latest.putIfAbsent(check.getFromSegmentId(), check);
        }
        List<Finding> found = new ArrayList<>();
        for (ScanCheck check : latest.values()) {
            for (ScanCheck.Result result : check.getResults()) {
                boolean violation = result.kind().equals(ScanCheck.POLICY_NOT_ENFORCED);
                Device device = result.deviceId() == null ? null : devicesById.get(result.deviceId());
                found.add(new Finding(
                        result.kind(),
                        violation ? Severity.HIGH : Severity.MEDIUM,
                        result.text(),
                        device != null
                                ? FindingSubject.of("DEVICE", device.getId(), device.getName())
                                : FindingSubject.of("SCAN_CHECK", check.getId(), check.auditLabel()),
                        "practices/" + practiceId + "/segments/scan"));
            }
        }
        return found;
    }

    /** The nftables ruleset that enforces the practice's flow rules (checked with {@code nft -c -f}). */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String nftablesRuleset(UUID practiceId) {
        return new NftablesExport(snapshot(practiceId)).ruleset();
    }

    /** The flow rules as CSV, one row per rule in order, endpoints by name. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String policyCsv(UUID practiceId) {
        return PolicyCsv.of(snapshot(practiceId));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public SegmentMap map(UUID practiceId) {
        return SegmentMap.of(snapshot(practiceId));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public FlowMatrix matrix(UUID practiceId) {
        return FlowMatrix.of(snapshot(practiceId));
    }

    /** The map as a standalone SVG document, laid out with ELK. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String mapSvg(UUID practiceId) {
        return SegmentMapSvg.render(practiceId, SegmentMap.of(snapshot(practiceId)));
    }

    /** The name of a rule's endpoint, for lists. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Map<Endpoint, String> endpointNames(UUID practiceId) {
        NetworkSnapshot snapshot = snapshot(practiceId);
        Map<Endpoint, String> names = new HashMap<>();
        names.put(Endpoint.INTERNET, INTERNET_NAME);
        snapshot.segments().forEach(s -> names.put(Endpoint.segment(s.getId()), s.getName()));
        snapshot.devices().forEach(d -> names.put(Endpoint.device(d.getId()), d.getName()));
        return names;
    }

    private NetworkSnapshot snapshot(UUID practiceId) {
        return NetworkSnapshot.of(
                segments.findAllByOrderByNameAsc(), rules.findAllByOrderByPositionAsc(), devicesOf(practiceId));
    }

    private List<Device> devicesOf(UUID practiceId) {
        return devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
