package io.deviceward.access.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The last day of access as it was entered: access ends at the start of the next day in UTC (see
 * AccessManagement), so the day is read back in UTC. It is a calendar date, not a moment: shown in the practice's
 * zone it would move to the next day east of UTC.
 */
final class AccessEnds {
    private AccessEnds() {}

    static LocalDate lastDay(Instant expiresAt) {
        return LocalDate.ofInstant(expiresAt.minusSeconds(1), ZoneOffset.UTC);
    }
}
