package io.deviceward.maintenance;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    @Test
    void weeklyInBerlinKeepsItsLocalTimeAcrossTheSpringChange() {
        // 2026-03-29: clocks go from 02:00 to 03:00 in Berlin.
        Recurrence weekly = Recurrence.of("FREQ=WEEKLY;BYDAY=MO", LocalDate.of(2026, 3, 16));
        List<LocalDate> days = weekly.between(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 6));
        assertThat(days)
                .containsExactly(
                        LocalDate.of(2026, 3, 16),
                        LocalDate.of(2026, 3, 23),
                        LocalDate.of(2026, 3, 30),
                        LocalDate.of(2026, 4, 6));
        ZonedDateTime before = Recurrence.dueAt(days.get(1), LocalTime.of(7, 30), BERLIN);
        ZonedDateTime after = Recurrence.dueAt(days.get(2), LocalTime.of(7, 30), BERLIN);
        assertThat(after.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(Duration.between(before.toInstant(), after.toInstant()))
                .isEqualTo(Duration.ofDays(7).minusHours(1));
        assertThat(before.toInstant().toString()).isEqualTo("2026-03-23T06:30:00Z");
        assertThat(after.toInstant().toString()).isEqualTo("2026-03-30T05:30:00Z");
    }

    @Test
    void aDueTimeSkippedByTheChangeMovesForwardByTheGap() {
        ZonedDateTime due = Recurrence.dueAt(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(Recurrence.startOfDay(LocalDate.of(2026, 3, 30), BERLIN).toString())
                .isEqualTo("2026-03-29T22:00:00Z");
        assertThat(Recurrence.startOfDay(LocalDate.of(2026, 3, 29), BERLIN).toString())
                .isEqualTo("2026-03-28T23:00:00Z"); // a 23-hour day
    }

    @Test
    void dailyInNewYorkAcrossBothChanges() {
        Recurrence daily = Recurrence.of("FREQ=DAILY", LocalDate.of(2026, 3, 7));
        assertThat(daily.between(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9)))
                .hasSize(3);
        // 2026-03-08 spring forward, 2026-11-01 fall back: 08:00 stays 08:00, the UTC offset moves.
        assertThat(Recurrence.dueAt(LocalDate.of(2026, 3, 7), LocalTime.of(8, 0), NEW_YORK)
                        .toInstant()
                        .toString())
                .isEqualTo("2026-03-07T13:00:00Z");
        assertThat(Recurrence.dueAt(LocalDate.of(2026, 3, 9), LocalTime.of(8, 0), NEW_YORK)
                        .toInstant()
                        .toString())
                .isEqualTo("2026-03-09T12:00:00Z");
        assertThat(Recurrence.dueAt(LocalDate.of(2026, 11, 2), LocalTime.of(8, 0), NEW_YORK)
                        .toInstant()
                        .toString())
                .isEqualTo("2026-11-02T13:00:00Z");
        // The ambiguous 01:30 of the fall-back day is the earlier one (summer time).
        assertThat(Recurrence.dueAt(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), NEW_YORK)
                        .getOffset()
                        .getTotalSeconds())
                .isEqualTo(-4 * 3600);
        assertThat(daily.between(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2)))
                .containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
    }

    @Test
    void theThirtyFirstOccursOnlyInMonthsThatHaveOneAndMinusOneIsEveryMonthsLastDay() {
        Recurrence on31 = Recurrence.of("FREQ=MONTHLY;BYMONTHDAY=31", LocalDate.of(2026, 1, 1));
        assertThat(on31.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31));
        Recurrence last = Recurrence.of("FREQ=MONTHLY;BYMONTHDAY=-1", LocalDate.of(2028, 1, 1));
        assertThat(last.between(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 30)))
                .containsExactly(
                        LocalDate.of(2028, 1, 31),
                        LocalDate.of(2028, 2, 29),
                        LocalDate.of(2028, 3, 31),
                        LocalDate.of(2028, 4, 30));
    }

    @Test
    void theNthWeekdayOfTheMonth() {
        Recurrence secondTuesday = Recurrence.of("FREQ=MONTHLY;BYDAY=2TU", LocalDate.of(2026, 1, 1));
        assertThat(secondTuesday.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10));
        Recurrence lastFriday = Recurrence.of("FREQ=MONTHLY;BYDAY=-1FR", LocalDate.of(2026, 1, 1));
        assertThat(lastFriday.firstOnOrAfter(LocalDate.of(2026, 2, 1))).contains(LocalDate.of(2026, 2, 27));
    }

    @Test
    void theTwentyNinthOfFebruaryOccursInLeapYearsOnly() {
        Recurrence leap = Recurrence.of("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", LocalDate.of(2024, 1, 1));
        assertThat(leap.between(LocalDate.of(2024, 1, 1), LocalDate.of(2033, 12, 31)))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2032, 2, 29));
        assertThat(leap.firstAfter(LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2028, 2, 29));
        // Yearly from a 29 February: RFC 5545 skips the years without one.
        Recurrence fromLeapDay = Recurrence.of("FREQ=YEARLY", LocalDate.of(2028, 2, 29));
        assertThat(fromLeapDay.firstAfter(LocalDate.of(2028, 2, 29))).contains(LocalDate.of(2032, 2, 29));
    }

    @Test
    void closedDaysAreSkipped() {
        Recurrence daily = Recurrence.of("FREQ=DAILY", LocalDate.of(2026, 6, 1), WEEKDAYS, ClosedDayRule.SKIP);
        List<LocalDate> days = daily.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 14));
        assertThat(days).hasSize(10).allSatisfy(d -> assertThat(WEEKDAYS).contains(d.getDayOfWeek()));
        assertThat(daily.firstAfter(LocalDate.of(2026, 6, 5))).contains(LocalDate.of(2026, 6, 8));
    }

    @Test
    void closedDaysMoveToTheNextOpenDayAndMeetingOccurrencesBecomeOne() {
        // 2026-11-01 is a Sunday: the monthly check moves to Monday the 2nd.
        Recurrence monthly = Recurrence.of(
                "FREQ=MONTHLY;BYMONTHDAY=1", LocalDate.of(2026, 10, 1), WEEKDAYS, ClosedDayRule.MOVE_TO_NEXT_OPEN);
        assertThat(monthly.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1));
        // Daily: Saturday, Sunday and Monday all fall on Monday, once.
        Recurrence daily =
                Recurrence.of("FREQ=DAILY", LocalDate.of(2026, 6, 5), WEEKDAYS, ClosedDayRule.MOVE_TO_NEXT_OPEN);
        assertThat(daily.between(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 9)))
                .containsExactly(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 9));
        // A moved occurrence is found from a window that starts after the day it came from.
        Recurrence saturdays = Recurrence.of(
                "FREQ=WEEKLY;BYDAY=SA", LocalDate.of(2026, 6, 1), WEEKDAYS, ClosedDayRule.MOVE_TO_NEXT_OPEN);
        assertThat(saturdays.firstOnOrAfter(LocalDate.of(2026, 6, 8))).contains(LocalDate.of(2026, 6, 8));
        assertThat(saturdays.firstAfter(LocalDate.of(2026, 6, 8))).contains(LocalDate.of(2026, 6, 15));
    }

    @Test
    void countAndUntilEndTheSchedule() {
        Recurrence three = Recurrence.of("FREQ=WEEKLY;COUNT=3", LocalDate.of(2026, 1, 5));
        assertThat(three.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .hasSize(3);
        assertThat(three.firstAfter(LocalDate.of(2026, 1, 19))).isEmpty();
        Recurrence until = Recurrence.of("FREQ=DAILY;UNTIL=20260110", LocalDate.of(2026, 1, 5));
        assertThat(until.firstAfter(LocalDate.of(2026, 1, 10))).isEmpty();
    }

    @Test
    void rulesThatAreNotDateRulesAreRefusedWithASentence() {
        assertThatThrownBy(() -> Recurrence.of("FREQ=HOURLY", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily, weekly, monthly or yearly");
        assertThatThrownBy(() -> Recurrence.of("every tuesday", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an iCalendar recurrence rule");
        assertThatThrownBy(() -> Recurrence.of("FREQ=DAILY", LocalDate.of(2026, 1, 1), Set.of(), ClosedDayRule.SKIP))
                .hasMessageContaining("at least one day");
        assertThat(Recurrence.normalise("rrule:freq=weekly;byday=mo")).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    }
}
