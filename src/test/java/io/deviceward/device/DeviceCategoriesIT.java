package io.deviceward.device;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The managed category list: a provider admin adds to it for all its practices; nobody else can, and no other provider sees it. */
@IntegrationTest
class DeviceCategoriesIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceCategories categories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProviderAdminAddsACategoryEveryPracticeOfTheProviderThenOffers() {
        Provider provider = fixtures.provider();
        Practice practice = fixtures.practice(provider);
        AppUser admin = fixtures.adminOf(provider);
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        Practice elsewhere = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(elsewhere, Role.PRACTICE_MANAGER);

        DeviceCategory added =
                SignIn.as(admin.getId(), () -> categories.add(provider.getId(), "  Water treatment unit "));
        assertThat(added.getLabel()).isEqualTo("Water treatment unit");
        assertThat(SignIn.as(manager.getId(), () -> categories.labels(practice.getId())))
                .containsEntry(added.getCode(), "Water treatment unit");
        assertThat(SignIn.as(otherManager.getId(), () -> categories.labels(elsewhere.getId())))
                .doesNotContainKey(added.getCode());
        assertThat(jdbc.queryForList(
                        "select summary from audit_entry where scope_id = ?",
                        String.class,
                        provider.getId().toString()))
                .anyMatch(t -> t.contains("Water treatment unit"));

        assertThatThrownBy(
                        () -> SignIn.as(admin.getId(), () -> categories.add(provider.getId(), "water treatment UNIT")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already a category");
        assertThatThrownBy(() -> SignIn.as(admin.getId(), () -> categories.add(provider.getId(), "   ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> categories.add(provider.getId(), "Sneaky")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> categories.forProvider(provider.getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
