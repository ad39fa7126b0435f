package io.deviceward.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PracticeTimeZoneTest {
    @Test
    void aNewPracticeStartsInItsProvidersZone() {
        Provider provider = new Provider("Alpine IT", Instant.now());
        provider.setTimeZone("Europe/Vienna");

        Practice practice = new Practice(provider, "Innsbruck Dental", Instant.now());

        assertThat(practice.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(practice.getProviderId()).isEqualTo(provider.getId());
    }

    @Test
    void aProviderWithoutAZoneSetUsesTheDefault() {
        Provider provider = new Provider("Plain IT", Instant.now());
        assertThat(new Practice(provider, "Somewhere", Instant.now()).getTimeZone())
                .isEqualTo(Practice.DEFAULT_TIME_ZONE);
    }

    @Test
    void aProviderZoneMustBeARealZone() {
        Provider provider = new Provider("Typo IT", Instant.now());
        assertThatThrownBy(() -> provider.setTimeZone("Europe/Atlantis")).isInstanceOf(DateTimeException.class);
    }
}
