package io.deviceward.maintenance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The dates a schedule falls due: an iCalendar RRULE (RFC 5545, expanded by ical4j) from a first day,
 * then the practice's closed days applied. Dates, not instants: a task is due on a local day of the
 * practice, so daylight-saving changes never move it; {@link #dueAt} and {@link #startOfDay} turn a
 * day into instants in the practice's zone.
 */
public final class Recurrence {
    private static final Set<Frequency> DATE_FREQUENCIES =
            EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
    /** A moved occurrence comes from at most a week before (the practice is open at least one day a week). */
    private static final int MOVE_REACH_DAYS = 7;

    private final Recur<LocalDate> recur;
    private final LocalDate start;
    private final Set<DayOfWeek> openDays;
    private final ClosedDayRule rule;

    private Recurrence(Recur<LocalDate> recur, LocalDate start, Set<DayOfWeek> openDays, ClosedDayRule rule) {
        this.recur = recur;
        this.start = start;
        this.openDays = openDays;
        this.rule = rule;
    }

    /**
     * @throws IllegalArgumentException with a sentence a person can act on, when the rule cannot be read
     *     or recurs more often than daily, or no day of the week is open
     */
    public static Recurrence of(String rrule, LocalDate start, Set<DayOfWeek> openDays, ClosedDayRule rule) {
        if (openDays.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one day the practice is open");
        }
        return new Recurrence(parse(rrule), start, EnumSet.copyOf(openDays), rule);
    }

    /** Every day of the week open, closed days kept: for rules checked on their own. */
    public static Recurrence of(String rrule, LocalDate start) {
        return of(rrule, start, EnumSet.allOf(DayOfWeek.class), ClosedDayRule.KEEP);
    }

    /** The rule as stored: without an "RRULE:" prefix, upper case. */
    public static String normalise(String rrule) {
        String text = rrule == null ? "" : rrule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) text = text.substring(6);
        return text.toUpperCase(Locale.ROOT);
    }

    private static Recur<LocalDate> parse(String rrule) {
        String text = normalise(rrule);
        if (text.isEmpty()) throw new IllegalArgumentException("Enter a recurrence rule such as FREQ=WEEKLY;BYDAY=MO");
        Recur<LocalDate> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not an iCalendar recurrence rule (such as FREQ=WEEKLY;BYDAY=MO)");
        }
        if (recur.getFrequency() == null || !DATE_FREQUENCIES.contains(recur.getFrequency())) {
            throw new IllegalArgumentException(
                    "Maintenance recurs daily, weekly, monthly or yearly (FREQ=DAILY … YEARLY)");
        }
        if (!recur.getHourList().isEmpty()
                || !recur.getMinuteList().isEmpty()
                || !recur.getSecondList().isEmpty()) {
            throw new IllegalArgumentException("Set the time of day as the due time, not in the rule (BYHOUR …)");
        }
        return recur;
    }

    /** The due days from {@code from} to {@code to}, both included, closed days applied, in order. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isBefore(start)) return List.of();
        LocalDate rawFrom = rule == ClosedDayRule.MOVE_TO_NEXT_OPEN ? from.minusDays(MOVE_REACH_DAYS) : from;
        if (rawFrom.isBefore(start)) rawFrom = start;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate raw : raw(rawFrom, to)) {
            applyClosedDays(raw)
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .ifPresent(days::add);
        }
        return List.copyOf(days);
    }

    /** The first due day on or after this one, if the rule has one left. */
    public Optional<LocalDate> firstOnOrAfter(LocalDate day) {
        LocalDate from = day.isBefore(start) ? start : day;
        for (int years : new int[] {1, 10}) {
            List<LocalDate> found = between(from, from.plusYears(years).plusDays(MOVE_REACH_DAYS));
            if (!found.isEmpty()) return Optional.of(found.getFirst());
        }
        return Optional.empty();
    }

    /** The first due day after this one. */
    public Optional<LocalDate> firstAfter(LocalDate day) {
        return firstOnOrAfter(day.plusDays(1));
    }

    private List<LocalDate> raw(LocalDate from, LocalDate to) {
        // getDates excludes the period's end: one day more includes it.
        List<LocalDate> dates = recur.getDates(start, from, to.plusDays(1));
        List<LocalDate> all = new ArrayList<>(dates);
        all.removeIf(d -> d.isBefore(from) || d.isAfter(to));
        return all;
    }

    private Optional<LocalDate> applyClosedDays(LocalDate day) {
        if (openDays.contains(day.getDayOfWeek())) return Optional.of(day);
        return switch (rule) {
            case KEEP -> Optional.of(day);
            case SKIP -> Optional.empty();
            case MOVE_TO_NEXT_OPEN -> {
                LocalDate next = day.plusDays(1);
                while (!openDays.contains(next.getDayOfWeek())) next = next.plusDays(1);
                yield Optional.of(next);
            }
        };
    }

    /**
     * The instant a day's work is due at this local time in the zone. A time that does not exist that
     * day (skipped by a daylight-saving change) moves forward by the gap, as clocks do.
     */
    public static ZonedDateTime dueAt(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone);
    }

    /** When the day begins in the zone (not always 00:00, and not always 24 hours long). */
    public static Instant startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
