package io.deviceward.device;

import java.util.UUID;

/**
 * Whether a network segment exists in the practice, for placing a device in it. The registry sits below the segment
 * map, so the segment module implements this: a bad id becomes a field error, never a foreign-key failure.
 */
public interface SegmentReferences {
    /** Called inside the caller's transaction, with the practice bound. */
    boolean exists(UUID practiceId, UUID segmentId);
}
