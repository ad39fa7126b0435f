package io.deviceward.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a completion is judged by: limits, PASS/FAIL, the type of an attachment, a task's status in time. */
class CompletionRulesTest {
    private static final EvidenceField TEMPERATURE = new EvidenceField(
            "temperature",
            "Temperature",
            FieldType.NUMBER,
            "°C",
            new BigDecimal("134"),
            new BigDecimal("137"),
            1,
            true);
    private static final EvidenceField HOLDING = new EvidenceField(
            "holdingTime", "Holding time", FieldType.NUMBER, "s", new BigDecimal("180"), null, 1, true);
    private static final EvidenceField INDICATOR =
            new EvidenceField("indicator", "Indicator", FieldType.PASS_FAIL, null, null, null, 1, true);

    @Test
    void aNumberOutsideItsLimitIsAViolationAndTheLimitIsWrittenForPeople() {
        assertThat(TEMPERATURE.limitText()).isEqualTo("134–137 °C");
        assertThat(HOLDING.limitText()).isEqualTo("≥ 180 s");
        assertThat(TEMPERATURE.violation(TEMPERATURE.normalise("135,5"))).isEmpty();
        assertThat(TEMPERATURE.violation(TEMPERATURE.normalise("137.0"))).isEmpty();
        assertThat(TEMPERATURE.violation(TEMPERATURE.normalise("140")))
                .contains("Temperature 140 °C outside 134–137 °C");
        assertThat(TEMPERATURE.violation(TEMPERATURE.normalise("133.9"))).isPresent();
        assertThat(HOLDING.violation(HOLDING.normalise("179"))).contains("Holding time 179 s outside ≥ 180 s");
        assertThat(HOLDING.violation(HOLDING.normalise("180"))).isEmpty();
    }

    @Test
    void failFailsAndAnythingButPassOrFailIsRefused() {
        assertThat(INDICATOR.violation(INDICATOR.normalise("fail"))).contains("Indicator: FAIL");
        assertThat(INDICATOR.violation(INDICATOR.normalise("PASS"))).isEmpty();
        assertThatThrownBy(() -> INDICATOR.normalise("ok")).hasMessage("Enter PASS or FAIL");
        assertThatThrownBy(() -> TEMPERATURE.normalise("hot")).hasMessage("Enter a number in °C");
    }

    @Test
    void theBytesDecideAnAttachmentsType() {
        assertThat(AttachmentStore.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .isEqualTo("image/jpeg");
        assertThat(AttachmentStore.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                .isEqualTo("image/png");
        assertThat(AttachmentStore.sniff("%PDF-1.7".getBytes())).isEqualTo("application/pdf");
        assertThat(AttachmentStore.sniff("cycle 4711 ok".getBytes())).isEqualTo("text/plain");
        assertThat(AttachmentStore.sniff(new byte[] {'M', 'Z', 0, 0})).isNull();
    }

    @Test
    void aTaskIsUpcomingThenDueThenOverdueThenMissed() {
        Instant starts = Instant.parse("2026-03-29T22:00:00Z");
        Instant overdue = Instant.parse("2026-03-30T22:00:00Z");
        Instant missed = Instant.parse("2026-04-05T22:00:00Z");
        MaintenanceTask task = new MaintenanceTask(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "Lindenhof Dental",
                TaskKind.SCHEDULED,
                null,
                LocalDate.of(2026, 3, 30),
                Instant.parse("2026-03-30T06:00:00Z"),
                starts,
                overdue,
                missed,
                Assignee.ANYONE,
                starts);
        assertThat(task.statusAt(starts.minusSeconds(1))).isEqualTo(TaskStatus.UPCOMING);
        assertThat(task.statusAt(starts)).isEqualTo(TaskStatus.DUE);
        assertThat(task.statusAt(overdue)).isEqualTo(TaskStatus.OVERDUE);
        assertThat(task.statusAt(missed)).isEqualTo(TaskStatus.MISSED);
    }
}
