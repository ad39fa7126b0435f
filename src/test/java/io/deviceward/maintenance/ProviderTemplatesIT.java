package io.deviceward.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A provider adapts a starter template to its clinics' steriliser; its practices schedule it, nobody else sees it. */
@IntegrationTest
class ProviderTemplatesIT {
    static final UUID BOWIE_DICK = UUID.fromString("0d4a0000-0000-4000-8000-000000000002");

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProviderTemplates providerTemplates;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    JdbcTemplate jdbc;

    Provider provider;
    Practice practice;
    AppUser admin;
    AppUser manager;

    @BeforeEach
    void providerWithAPractice() {
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        admin = fixtures.adminOf(provider);
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
    }

    @Test
    void theProvidersVersionCarriesItsLimitsAndItsPracticesScheduleIt() {
        MaintenanceTemplate mine = adapt("Helix test, Melag Vacuklav", Map.of("temperature", limits("134", "136")));

        assertThat(mine.getProviderId()).isEqualTo(provider.getId());
        assertThat(mine.getSteps()).isEqualTo(1);
        EvidenceField temperature = mine.definition().field("temperature").orElseThrow();
        assertThat(temperature.limitText()).isEqualTo("134–136 °C");
        assertThat(temperature.violation("136.5")).isPresent();
        assertThat(mine.definition().field("holdingTime").orElseThrow().limitText())
                .as("a field not named keeps its limits")
                .isEqualTo("≥ 180 s");

        assertThat(SignIn.as(manager.getId(), () -> maintenance.templates(practice.getId())))
                .extracting(MaintenanceTemplate::getName)
                .contains("Helix test, Melag Vacuklav", "Bowie-Dick / Helix steam-penetration test");
        // The starter is untouched.
        assertThat(SignIn.as(manager.getId(), () -> maintenance.template(practice.getId(), BOWIE_DICK))
                        .definition()
                        .field("temperature")
                        .orElseThrow()
                        .limitText())
                .isEqualTo("134–137 °C");
        Long audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_type = 'Maintenance template'",
                Long.class,
                provider.getId().toString());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void anotherProvidersPracticesNeverSeeIt() {
        MaintenanceTemplate mine = adapt("Our Bowie-Dick", Map.of());
        Provider other = fixtures.provider();
        Practice elsewhere = fixtures.practice(other);
        AppUser otherManager = fixtures.memberOf(elsewhere, Role.PRACTICE_MANAGER);

        assertThat(SignIn.as(otherManager.getId(), () -> maintenance.templates(elsewhere.getId())))
                .extracting(MaintenanceTemplate::getId)
                .doesNotContain(mine.getId());
        assertThatThrownBy(() ->
                        SignIn.as(otherManager.getId(), () -> maintenance.template(elsewhere.getId(), mine.getId())))
                .isInstanceOf(NotFoundException.class);
        // Nor can another provider's admin adapt it further.
        AppUser otherAdmin = fixtures.adminOf(other);
        assertThatThrownBy(() -> SignIn.withSecondFactor(
                        otherAdmin.getId(),
                        () -> providerTemplates.adapt(
                                other.getId(), mine.getId(), new TemplateAdaptation("x", Map.of()))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPracticeManagerCannotAdaptTheProvidersTemplates() {
        assertThatThrownBy(() -> SignIn.withSecondFactor(
                        manager.getId(),
                        () -> providerTemplates.adapt(
                                provider.getId(), BOWIE_DICK, new TemplateAdaptation("Sneaky", Map.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from maintenance_template where provider_id = ?",
                        Long.class,
                        provider.getId().toString()))
                .isZero();
    }

    @Test
    void limitsThatCannotBeMetOrFieldsItDoesNotHaveAreRefusedWithTheField() {
        assertThatThrownBy(() -> adapt("Upside down", Map.of("temperature", limits("137", "134"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("limits.temperature");
        assertThatThrownBy(() -> adapt("No such field", Map.of("humidity", limits("1", "2"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no field humidity");
        assertThatThrownBy(() -> adapt("Bowie-Dick / Helix steam-penetration test", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("name");
        assertThat(jdbc.queryForObject(
                        "select count(*) from maintenance_template where provider_id = ?",
                        Long.class,
                        provider.getId().toString()))
                .isZero();
    }

    private MaintenanceTemplate adapt(String name, Map<String, TemplateAdaptation.Limits> limits) {
        return SignIn.withSecondFactor(
                admin.getId(),
                () -> providerTemplates.adapt(provider.getId(), BOWIE_DICK, new TemplateAdaptation(name, limits)));
    }

    private static TemplateAdaptation.Limits limits(String min, String max) {
        return new TemplateAdaptation.Limits(new BigDecimal(min), new BigDecimal(max));
    }
}
