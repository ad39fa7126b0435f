package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.security.Permission;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void managersAndProviderAdminsMayDoEverything() {
        for (Permission permission : Permission.values()) {
            assertThat(Role.PROVIDER_ADMIN.allows(permission))
                    .as("provider admin: %s", permission)
                    .isTrue();
            assertThat(Role.PRACTICE_MANAGER.allows(permission))
                    .as("practice manager: %s", permission)
                    .isTrue();
        }
    }

    @Test
    void clinicStaffViewAndRecordMaintenanceOnly() {
        assertThat(Arrays.stream(Permission.values()).filter(Role.CLINIC_STAFF::allows))
                .containsExactlyInAnyOrder(Permission.VIEW, Permission.RECORD_MAINTENANCE);
    }

    @Test
    void auditorsOnlyView() {
        assertThat(Arrays.stream(Permission.values()).filter(Role.AUDITOR::allows))
                .containsExactly(Permission.VIEW);
    }

    @Test
    void aMembershipIsActiveUntilItsExpiryAndNotAtIt() {
        Instant expiry = Instant.parse("2026-12-31T00:00:00Z");
        Membership auditor =
                Membership.onPractice(UUID.randomUUID(), Role.AUDITOR, UUID.randomUUID(), expiry, Instant.EPOCH);

        assertThat(auditor.isActiveAt(expiry.minusMillis(1))).isTrue();
        assertThat(auditor.isActiveAt(expiry)).isFalse();
        assertThat(Membership.onPractice(UUID.randomUUID(), Role.CLINIC_STAFF, UUID.randomUUID(), null, Instant.EPOCH)
                        .isActiveAt(Instant.MAX))
                .isTrue();
    }

    @Test
    void aProviderAdminIsGrantedOnAProviderNotOnOnePractice() {
        Assertions.assertThatThrownBy(() -> Membership.onPractice(
                        UUID.randomUUID(), Role.PROVIDER_ADMIN, UUID.randomUUID(), null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
