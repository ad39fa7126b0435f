package io.deviceward.shared.finding;

import java.util.List;
import java.util.UUID;

/**
 * A feature's findings for one practice. Each feature that can tell what needs attention (the device
 * registry's posture gaps, the segment map's exposures, overdue maintenance) registers one as a Spring bean;
 * the practice and provider overviews and the findings API collect them all, naming no feature.
 *
 * <p>An implementation delegates to its feature's guarded service method (one that states {@code
 * @CanViewPractice}), so asking a source directly checks access as any other call does.
 */
public interface FindingSource {

    /** The open findings of the practice, in any order. */
    List<Finding> findings(UUID practiceId);
}
