package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.access.CurrentUser;
import io.deviceward.access.SignedInUser;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The segment map of a practice: its segments (the network zones), the devices placed in them by address,
 * a starter template, the map's review and the map drawn. The flow rules and the firewall policy are
 * {@link FlowPolicy}, the findings {@link SegmentFindingSource}. Closed by default: every public method
 * states its guard, and every change is audited through the entities. See
 * docs/decisions/2026-12-01-segment-map.md.
 */
@Service
@Validated
@PracticeScoped
public class SegmentService {
    static final String INTERNET_NAME = "Internet";

    private final SegmentRepository segments;
    private final FlowRuleRepository rules;
    private final FlowRuleWriter ruleWriter;
    private final SegmentMapReviewRepository reviews;
    private final NetworkSnapshots snapshots;
    private final DeviceService devices;
    private final CurrentUser currentUser;
    private final Clock clock;

    SegmentService(
            SegmentRepository segments,
            FlowRuleRepository rules,
            FlowRuleWriter ruleWriter,
            SegmentMapReviewRepository reviews,
            NetworkSnapshots snapshots,
            DeviceService devices,
            CurrentUser currentUser,
            Clock clock) {
        this.segments = segments;
        this.rules = rules;
        this.ruleWriter = ruleWriter;
        this.reviews = reviews;
        this.snapshots = snapshots;
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
        for (Device d : snapshots.devicesOf(practiceId)) {
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

    // ---- Devices by address

    /** Per segment, the devices in no segment whose address lies in its networks. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Placement> placements(UUID practiceId) {
        NetworkSnapshot snapshot = snapshots.of(practiceId);
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
            ruleWriter.create(practiceId, details);
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

    // ---- The map

    @CanViewPractice
    @Transactional(readOnly = true)
    public SegmentMap map(UUID practiceId) {
        return SegmentMap.of(snapshots.of(practiceId));
    }

    /** The map as a standalone SVG document, laid out with ELK. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String mapSvg(UUID practiceId) {
        return SegmentMapSvg.render(practiceId, SegmentMap.of(snapshots.of(practiceId)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
