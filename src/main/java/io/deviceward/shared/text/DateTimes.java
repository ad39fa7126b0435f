package io.deviceward.shared.text;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one date format and the one date-time format every page uses: the reader's locale, the practice's time zone
 * (the zone's short name follows each time, so an auditor in another zone reads it right). See
 * docs/decisions/2026-12-02-practice-time.md.
 */
public final class DateTimes {
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;

    private DateTimes(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale);
    }

    public static DateTimes of(ZoneId zone, Locale locale) {
        return new DateTimes(zone, locale);
    }

    /**
     * For the current reader: the Vaadin UI's locale on a page (the browser's, or the one chosen in the user menu),
     * the request's elsewhere.
     */
    public static DateTimes in(ZoneId zone) {
        UI ui = UI.getCurrent();
        return of(zone, ui != null ? ui.getLocale() : LocaleContextHolder.getLocale());
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(zone));
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null
                ? ""
                : dateTime.format(instant.atZone(zone)) + " " + zoneName.format(instant.atZone(zone));
    }

    public String time(@Nullable Instant instant) {
        return instant == null ? "" : time.format(instant.atZone(zone));
    }
}
