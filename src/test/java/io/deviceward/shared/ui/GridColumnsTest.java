package io.deviceward.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The match count in words. */
class GridColumnsTest {
    @Test
    void withoutAFilterTheCountIsTheTotal() {
        assertThat(GridColumns.count(12, 12, false, "device", "devices")).isEqualTo("12 devices");
        assertThat(GridColumns.count(1, 1, false, "device", "devices")).isEqualTo("1 device");
        assertThat(GridColumns.count(0, 0, false, "device", "devices")).isEqualTo("0 devices");
    }

    @Test
    void withAFilterItSaysHowManyOfTheTotalMatch() {
        assertThat(GridColumns.count(3, 40, true, "device", "devices")).isEqualTo("3 of 40 devices match");
        assertThat(GridColumns.count(1, 40, true, "device", "devices")).isEqualTo("1 of 40 devices matches");
        assertThat(GridColumns.count(0, 1, true, "device", "devices")).isEqualTo("0 of 1 device match");
    }
}
