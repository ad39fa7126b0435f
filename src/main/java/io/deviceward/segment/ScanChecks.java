package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a real network scan against the policy: every port that answered a scan from a segment although
 * the policy denies that flow means the firewall does not enforce it; every host that answered and is not
 * in the registry is an unregistered device. The check is kept, with the scan's date, as evidence.
 */
@Service
@PracticeScoped
public class ScanChecks {
    private final ScanCheckRepository checks;
    private final SegmentRepository segments;
    private final FlowRuleRepository rules;
    private final DeviceService devices;
    private final Clock clock;

    ScanChecks(
            ScanCheckRepository checks,
            SegmentRepository segments,
            FlowRuleRepository rules,
            DeviceService devices,
            Clock clock) {
        this.checks = checks;
        this.segments = segments;
        this.rules = rules;
        this.devices = devices;
        this.clock = clock;
    }

    /** Reads an {@code nmap -oX} file of a scan run from the segment and keeps the check. */
    @CanEditPractice
    @Transactional
    public ScanCheck check(UUID practiceId, UUID fromSegmentId, String fileName, InputStream nmapXml) {
        Segment from = segments.findById(fromSegmentId)
                .filter(s -> practiceId.equals(s.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Segment"));
        NmapScan scan;
        try {
            scan = NmapScan.read(nmapXml);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        List<Device> all =
                devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent();
        NetworkSnapshot snapshot =
                NetworkSnapshot.of(segments.findAllByOrderByNameAsc(), rules.findAllByOrderByPositionAsc(), all);
        PolicyEvaluator policy = new PolicyEvaluator(snapshot);
        List<ScanCheck.Result> found = new ArrayList<>();
        for (NmapScan.Host host : scan.hosts()) {
            if (host.open().isEmpty()) continue;
            Optional<IPAddress> address = Cidrs.host(host.address());
            if (address.isEmpty()) continue;
            PolicyEvaluator.Target target = policy.target(address.get());
            String where =
                    target.segment() == null ? "no segment" : target.segment().getName();
            if (target.device() == null && target.segment() != null) {
                found.add(new ScanCheck.Result(
                        ScanCheck.UNREGISTERED,
                        null,
                        unregisteredText(where, address.get().toCanonicalString(), ports(host.open())),
                        address.get().toCanonicalString(),
                        target.segment().getId()));
            }
            for (NmapScan.Port port : host.open()) {
                if (policy.allows(from.getId(), address.get(), port.protocol(), port.number())) continue;
                String who = target.device() != null
                        ? target.device().getName()
                        : address.get().toCanonicalString();
                found.add(new ScanCheck.Result(
                        ScanCheck.POLICY_NOT_ENFORCED,
                        target.device() == null ? null : target.device().getId(),
                        notEnforcedText(from.getName(), who, port.protocol().label() + "/" + port.number())));
            }
        }
        ScanCheck check = new ScanCheck(
                from.getId(),
                from.getName(),
                fileName == null || fileName.isBlank() ? "scan.xml" : fileName.strip(),
                scan.startedAt() != null ? scan.startedAt() : clock.instant(),
                clock.instant(),
                scan.hosts().size());
        check.record(found);
        return checks.saveAndFlush(check);
    }

    /** The kept checks, newest scan first. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<ScanCheck> list(UUID practiceId) {
        return checks.findAllByOrderByScannedAtDescCheckedAtDesc();
    }

    /** "Unregistered device in Staff: 10.0.1.70 answered on tcp/3389, tcp/22". */
    static Text unregisteredText(String segment, String address, String ports) {
        return Text.of("segment.finding.scan-unregistered-device", segment, address, ports);
    }

    /** "From Guest Wi-Fi, X-ray answered on tcp/104: the firewall does not enforce the policy". */
    static Text notEnforcedText(String fromSegment, String who, String port) {
        return Text.of("segment.finding.scan-policy-not-enforced", fromSegment, who, port);
    }

    private static String ports(List<NmapScan.Port> open) {
        return String.join(
                ", ",
                open.stream().map(p -> p.protocol().label() + "/" + p.number()).toList());
    }
}
