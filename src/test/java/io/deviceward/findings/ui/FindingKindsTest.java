package io.deviceward.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A finding's kind in words, for the filter: never the key itself. */
class FindingKindsTest {
    @Test
    void theAreaThenWhatWasFoundInWords() {
        assertThat(FindingKinds.label("device.firewall-off")).isEqualTo("Device: firewall off");
        assertThat(FindingKinds.label("segment.patient-data-reachable-from-guest"))
                .isEqualTo("Segment: patient data reachable from guest");
        assertThat(FindingKinds.label("maintenance.overdue")).isEqualTo("Maintenance: overdue");
    }

    @Test
    void aKindWithoutAnAreaIsStillWords() {
        assertThat(FindingKinds.label("unknown-thing")).isEqualTo("Unknown thing");
    }
}
