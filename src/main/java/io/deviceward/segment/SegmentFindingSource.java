package io.deviceward.segment;

import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The segment map's findings for the overviews and the findings API, recomputed on every call. */
@Component
class SegmentFindingSource implements FindingSource {
    private final SegmentService segments;

    SegmentFindingSource(SegmentService segments) {
        this.segments = segments;
    }

    @Override
    public List<Finding> findings(UUID practiceId) {
        return segments.findings(practiceId);
    }
}
