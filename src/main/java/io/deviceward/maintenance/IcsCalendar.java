package io.deviceward.maintenance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Tasks as an iCalendar (.ics) document, written with ical4j; times in UTC so no VTIMEZONE is needed. */
final class IcsCalendar {
    record Event(UUID id, Instant at, String summary, String description) {}

    private IcsCalendar() {}

    static String write(List<Event> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//DeviceWard//Maintenance//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Event e : events) {
            VEvent event = new VEvent(e.at(), Duration.ofMinutes(30), e.summary());
            event.add(new Uid(e.id() + "@deviceward"));
            event.add(new Description(e.description()));
            event.add(new DtStamp(now));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
