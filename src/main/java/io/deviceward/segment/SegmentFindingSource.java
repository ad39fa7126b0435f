package io.deviceward.segment;

import io.deviceward.device.Device;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The segment map's findings for the overviews and the findings API, recomputed on every call: what the map
 * and the rules allow ({@link SegmentFindings}) and what the latest scan check from each segment showed.
 */
@Service
@PracticeScoped
public class SegmentFindingSource implements FindingSource {
    private final NetworkSnapshots snapshots;
    private final SegmentMapReviewRepository reviews;
    private final ScanCheckRepository scans;
    private final Clock clock;

    SegmentFindingSource(
            NetworkSnapshots snapshots, SegmentMapReviewRepository reviews, ScanCheckRepository scans, Clock clock) {
        this.snapshots = snapshots;
        this.reviews = reviews;
        this.scans = scans;
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    @Override
    public List<Finding> findings(UUID practiceId) {
        NetworkSnapshot snapshot = snapshots.of(practiceId);
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

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
