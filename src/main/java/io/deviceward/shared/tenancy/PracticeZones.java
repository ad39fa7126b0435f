package io.deviceward.shared.tenancy;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A practice's time zone, for features below the practice module (the audit trail) that show its times. Implemented
 * by the practice service, with its guard: only someone who may see the practice learns its zone.
 */
public interface PracticeZones {
    ZoneId zone(UUID practiceId);
}
