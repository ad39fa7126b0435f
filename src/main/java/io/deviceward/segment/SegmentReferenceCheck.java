package io.deviceward.segment;

import io.deviceward.device.SegmentReferences;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The registry's question "is this a segment of the practice?", answered from the bound practice's segments. */
@Component
class SegmentReferenceCheck implements SegmentReferences {
    private final SegmentRepository segments;

    SegmentReferenceCheck(SegmentRepository segments) {
        this.segments = segments;
    }

    @Override
    public boolean exists(UUID practiceId, UUID segmentId) {
        return segments.findById(segmentId)
                .filter(segment -> segment.getPracticeId().equals(practiceId))
                .isPresent();
    }
}
