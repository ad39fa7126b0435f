package io.deviceward.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {
    @Test
    void writesOneEventPerTaskInUtc() {
        UUID id = UUID.randomUUID();
        String ics = IcsCalendar.write(
                List.of(new IcsCalendar.Event(
                        id,
                        Instant.parse("2026-03-30T05:30:00Z"),
                        "Autoclave cycle record · Autoclave Room 2",
                        "Lindenhof Dental · Due today")),
                Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR")
                .contains("VERSION:2.0")
                .contains("PRODID:-//DeviceWard//Maintenance//EN")
                .contains("BEGIN:VEVENT")
                .contains("UID:" + id + "@deviceward")
                .contains("DTSTART:20260330T053000Z")
                .contains("SUMMARY:Autoclave cycle record · Autoclave Room 2")
                .contains("END:VCALENDAR");
    }

    @Test
    void anEmptyFeedIsAValidCalendar() {
        String ics = IcsCalendar.write(List.of(), Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("END:VCALENDAR").doesNotContain("VEVENT");
    }
}
