package io.deviceward.maintenance.ui;

import io.deviceward.shared.text.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** How the maintenance views write days and times: the app's one format (DateTimes), in the practice's zone. */
final class Formats {
    private Formats() {}

    static String day(LocalDate day) {
        return DateTimes.in(ZoneOffset.UTC).date(day);
    }

    static String time(Instant instant, ZoneId zone) {
        return DateTimes.in(zone).time(instant);
    }

    static String when(Instant instant, ZoneId zone) {
        return DateTimes.in(zone).dateTime(instant);
    }
}
