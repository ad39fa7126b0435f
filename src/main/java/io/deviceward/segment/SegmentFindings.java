package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Device;
import io.deviceward.device.RemoteAccess;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.i18n.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The segment map's findings for one practice, computed from a snapshot; nothing is stored. */
final class SegmentFindings {
    /** Categories of devices used in treatment and diagnosis: they belong in an isolated segment. */
    static final Set<String> CLINICAL_CATEGORIES =
            Set.of("PATIENT_MONITOR", "INFUSION_PUMP", "IMAGING", "DENTAL_CHAIR", "ANALYSER", "AUTOCLAVE");

    private final UUID practiceId;
    private final NetworkSnapshot snapshot;
    private final LocalDate today;
    private final Optional<SegmentMapReview> review;
    private final List<Finding> found = new ArrayList<>();

    SegmentFindings(UUID practiceId, NetworkSnapshot snapshot, LocalDate today, Optional<SegmentMapReview> review) {
        this.practiceId = practiceId;
        this.snapshot = snapshot;
        this.today = today;
        this.review = review;
    }

    List<Finding> all() {
        reachablePatientData();
        rules();
        devices();
        segments();
        mapReview();
        return found.stream().sorted(Finding.WORST_FIRST).toList();
    }

    private void reachablePatientData() {
        List<Device> patientData = snapshot.devices().stream()
                .filter(d -> d.getStoresPatientData() == Answer.YES)
                .toList();
        if (patientData.isEmpty()) return;
        Reachability reach = new Reachability(snapshot);
        Map<UUID, Device> byId = snapshot.devicesById();
        for (Segment s : snapshot.segments()) {
            if (!s.getPurpose().untrusted()) continue;
            String kind = s.getPurpose() == SegmentPurpose.GUEST_WIFI
                    ? "segment.patient-data-reachable-from-guest"
                    : "segment.patient-data-reachable-from-vendor-access";
            reach.devicesReachableFromSegment(s.getId(), patientData)
                    .forEach((id, via) ->
                            exposed(kind, byId.get(id), Text.of("segment.finding.from-segment", s.getName()), via));
        }
        reach.devicesReachableFromInternet(patientData)
                .forEach((id, via) -> exposed(
                        "segment.patient-data-reachable-from-internet",
                        byId.get(id),
                        Text.of("segment.finding.from-internet"),
                        via));
    }

    private void exposed(String kind, Device device, Text from, List<String> via) {
        add(
                kind,
                Severity.CRITICAL,
                exposedText(device.getName(), from, via),
                device(device),
                "practices/" + practiceId + "/segments/flows");
    }

    private void rules() {
        for (FlowRule rule : snapshot.rules()) {
            Text label = describe(rule);
            FindingSubject subject = FindingSubject.of("FLOW_RULE", rule.getId(), "Rule " + rule.getPosition());
            String fix = "practices/" + practiceId + "/segments/flows/" + rule.getId();
            if (rule.getSource().id() == null && rule.getSource().kind() == EndpointKind.DEVICE
                    || rule.getDestination().id() == null
                            && rule.getDestination().kind() == EndpointKind.DEVICE) {
                add(
                        "segment.rule-device-removed",
                        Severity.MEDIUM,
                        Text.of("segment.finding.rule-device-removed", label),
                        subject,
                        fix);
            }
            if (rule.getAction() != FlowAction.ALLOW) continue;
            if (rule.getProtocol() == Protocol.ANY || (rule.getProtocol().hasPorts() && rule.getPorts() == null)) {
                add(
                        "segment.allow-any-rule",
                        Severity.HIGH,
                        Text.of(
                                "segment.finding.allow-any-rule",
                                label,
                                rule.getProtocol() == Protocol.ANY
                                        ? Text.of("segment.finding.all-traffic")
                                        : Text.of(
                                                "segment.finding.every-port",
                                                rule.getProtocol().label())),
                        subject,
                        fix);
            }
            if (rule.getJustification() == null || rule.getJustification().isBlank()) {
                add(
                        "segment.allow-without-justification",
                        Severity.MEDIUM,
                        Text.of("segment.finding.allow-without-justification", label),
                        subject,
                        fix);
            }
            if (rule.getReviewDue() != null && rule.getReviewDue().isBefore(today)) {
                add(
                        "segment.rule-review-overdue",
                        Severity.MEDIUM,
                        Text.of("segment.finding.review-overdue", label, rule.getReviewDue()),
                        subject,
                        fix);
            }
        }
    }

    private void devices() {
        Map<UUID, Segment> segments = snapshot.segmentsById();
        List<Device> withoutSegment = new ArrayList<>();
        for (Device d : snapshot.devices()) {
            if (d.getRemoteAccess() == RemoteAccess.PERMANENT) {
                add(
                        "segment.permanent-vendor-access",
                        Severity.HIGH,
                        Text.of("segment.finding.permanent-vendor-access", d.getName()),
                        device(d),
                        "practices/" + practiceId + "/devices/" + d.getId());
            }
            Segment segment = d.getSegmentId() == null ? null : segments.get(d.getSegmentId());
            if (segment == null) {
                if (networked(d)) withoutSegment.add(d);
                continue;
            }
            for (String ip : d.getIpAddresses()) {
                Optional<IPAddress> host = Cidrs.host(ip);
                if (host.isPresent()
                        && segment.getCidrs().stream().noneMatch(c -> Cidrs.contains(Cidrs.network(c), host.get()))) {
                    add(
                            "segment.device-outside-segment",
                            Severity.HIGH,
                            Text.of(
                                    "segment.finding.device-outside-segment",
                                    d.getName(),
                                    ip,
                                    segment.getName(),
                                    String.join(", ", segment.getCidrs())),
                            device(d),
                            "practices/" + practiceId + "/devices/" + d.getId());
                    break;
                }
            }
        }
        if (withoutSegment.size() == 1) {
            Device d = withoutSegment.getFirst();
            add(
                    "segment.device-without-segment",
                    Severity.MEDIUM,
                    Text.of("segment.finding.device-without-segment", d.getName()),
                    device(d),
                    "practices/" + practiceId + "/segments");
        } else if (withoutSegment.size() > 1) {
            add(
                    "segment.device-without-segment",
                    Severity.MEDIUM,
                    Text.of("segment.finding.devices-without-segment", withoutSegment.size()),
                    new FindingSubject("DEVICE", null, withoutSegment.size() + " devices"),
                    "practices/" + practiceId + "/segments");
        }
    }

    private static boolean networked(Device d) {
        return !d.getIpAddresses().isEmpty()
                || d.getConnection() == ConnectionType.WIRED
                || d.getConnection() == ConnectionType.WIFI;
    }

    private void segments() {
        Map<UUID, List<Device>> bySegment = snapshot.devicesBySegment();
        for (Segment s : snapshot.segments()) {
            FindingSubject subject = FindingSubject.of("SEGMENT", s.getId(), s.getName());
            String fix = "practices/" + practiceId + "/segments/" + s.getId();
            long clinical = bySegment.getOrDefault(s.getId(), List.of()).stream()
                    .filter(d -> CLINICAL_CATEGORIES.contains(d.getCategory()))
                    .count();
            if (!s.isIsolated() && clinical > 0) {
                add(
                        "segment.clinical-devices-not-isolated",
                        Severity.HIGH,
                        Text.of("segment.finding.clinical-devices-not-isolated", s.getName(), clinical),
                        subject,
                        fix);
            }
            if (s.getReviewDue() != null && s.getReviewDue().isBefore(today)) {
                add(
                        "segment.segment-review-overdue",
                        Severity.LOW,
                        Text.of("segment.finding.review-overdue", s.getName(), s.getReviewDue()),
                        subject,
                        fix);
            }
        }
    }

    private void mapReview() {
        if (snapshot.segments().isEmpty()) return;
        LocalDate yearAgo = today.minusMonths(12);
        if (review.isPresent() && !review.get().getReviewedOn().isBefore(yearAgo)) return;
        add(
                "segment.map-not-reviewed",
                Severity.MEDIUM,
                review.map(r -> Text.of("segment.finding.map-not-reviewed", r.getReviewedOn()))
                        .orElse(Text.of("segment.finding.map-never-reviewed")),
                FindingSubject.of("PRACTICE", practiceId, "Segment map"),
                "practices/" + practiceId + "/segments/map");
    }

    /** "Rule 30 (Staff → Servers, tcp 443)". */
    private Text describe(FlowRule rule) {
        return ruleText(
                rule.getPosition(),
                snapshot.nameOf(rule.getSource()),
                snapshot.nameOf(rule.getDestination()),
                rule.getProtocol() == Protocol.ANY ? Text.of("segment.finding.traffic-any") : rule.trafficLabel());
    }

    static Text ruleText(int position, String source, String destination, Object traffic) {
        return Text.of("segment.finding.rule", position, source, destination, traffic);
    }

    /** "X-ray stores patient data and can be reached from Guest Wi-Fi through Staff: allow only the flows it needs". */
    static Text exposedText(String device, Text from, List<String> via) {
        return Text.of(
                "segment.finding.patient-data-reachable",
                device,
                from,
                via.isEmpty() ? "" : Text.of("segment.finding.through", String.join(", ", via)));
    }

    private static FindingSubject device(Device d) {
        return FindingSubject.of("DEVICE", d.getId(), d.getName());
    }

    private void add(String kind, Severity severity, Text text, FindingSubject subject, String fixPath) {
        found.add(new Finding(kind, severity, text, subject, fixPath));
    }
}
