package io.deviceward.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.i18n.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Maintenance findings come from maintenance.properties, in English exactly as they always read, days and all. */
class MaintenanceFindingTextsTest {
    /** The day as the findings wrote it before they had keys. */
    private static final DateTimeFormatter BEFORE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final String TITLE = "Weekly spore test \u00b7 Autoclave Room 2";
    private final Translations translations = new Translations();

    @Test
    void everyMonthReadsInEnglishAsBefore() {
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2026, month, month == 2 ? 28 : 30);
            assertThat(MaintenanceFindings.overdueText(TITLE, day).english())
                    .isEqualTo(TITLE + ": overdue since " + BEFORE.format(day));
            assertThat(MaintenanceFindings.missedText(TITLE, day).english())
                    .isEqualTo(TITLE + ": missed on " + BEFORE.format(day));
            assertThat(MaintenanceFindings.failedText(TITLE, day, null).english())
                    .isEqualTo(TITLE + ": failed on " + BEFORE.format(day));
        }
        assertThat(MaintenanceFindings.failedText(TITLE, LocalDate.of(2026, 9, 3), "Indicator: it's wrong")
                        .english())
                .isEqualTo(TITLE + ": failed on 3 Sep 2026 (Indicator: it's wrong)");
    }

    @Test
    void inGerman() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(german(MaintenanceFindings.overdueText(TITLE, day)))
                .isEqualTo(TITLE + ": \u00fcberf\u00e4llig seit 05.03.2026");
        assertThat(german(MaintenanceFindings.failedText(TITLE, day, "Autoclave limit")))
                .isEqualTo(TITLE + ": am 05.03.2026 nicht bestanden (Autoclave limit)");
        assertThat(german(MaintenanceFindings.missedText(TITLE, day)))
                .isEqualTo(TITLE + ": am 05.03.2026 vers\u00e4umt");
    }

    private String german(Text text) {
        return translations.getTranslation(text.key(), Locale.GERMANY, text.params());
    }
}
