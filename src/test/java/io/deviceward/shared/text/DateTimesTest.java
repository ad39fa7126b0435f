package io.deviceward.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimesTest {
    private static final Instant EVENING_UTC = Instant.parse("2026-12-01T21:15:00Z");

    @Test
    void timesAreShownInThePracticesZoneWithItsName() {
        DateTimes berlin = DateTimes.of(ZoneId.of("Europe/Berlin"), Locale.UK);
        assertThat(berlin.dateTime(EVENING_UTC)).isEqualTo("1 Dec 2026, 22:15 CET");
        assertThat(berlin.time(EVENING_UTC)).isEqualTo("22:15");

        DateTimes sydney = DateTimes.of(ZoneId.of("Australia/Sydney"), Locale.UK);
        assertThat(sydney.date(EVENING_UTC)).isEqualTo("2 Dec 2026");
    }

    @Test
    void oneDateFormatForDaysAndInstantsInTheReadersLanguage() {
        DateTimes uk = DateTimes.of(ZoneId.of("Europe/Berlin"), Locale.UK);
        assertThat(uk.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 Mar 2027");
        assertThat(uk.date(Instant.parse("2027-03-01T08:00:00Z"))).isEqualTo("1 Mar 2027");

        DateTimes german = DateTimes.of(ZoneId.of("Europe/Berlin"), Locale.GERMANY);
        assertThat(german.date(LocalDate.of(2027, 3, 1))).isEqualTo("01.03.2027");
        assertThat(german.dateTime(EVENING_UTC)).isEqualTo("01.12.2026, 22:15 MEZ");
    }

    @Test
    void nothingToShowIsAnEmptyText() {
        DateTimes uk = DateTimes.of(ZoneId.of("UTC"), Locale.UK);
        assertThat(uk.date((Instant) null)).isEmpty();
        assertThat(uk.dateTime(null)).isEmpty();
    }
}
