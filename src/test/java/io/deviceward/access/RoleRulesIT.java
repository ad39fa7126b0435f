package io.deviceward.access;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeDetails;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.Permission;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import io.deviceward.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** What each role may do inside its own practice, enforced by the services. */
@IntegrationTest
class RoleRulesIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    PracticeService practices;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PracticeAccess access;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    Practice practice;
    Device device;

    @BeforeEach
    void practiceWithADevice() {
        practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        device = SignIn.as(
                manager.getId(), () -> devices.create(practice.getId(), device("Chair 1", "C-" + UUID.randomUUID())));
    }

    @Test
    void anAuditorReadsButEveryWriteIsRefusedAndRecorded() {
        AppUser auditor =
                fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plus(Duration.ofDays(30)));
        long deniedBefore = denied();

        assertThat(SignIn.as(auditor.getId(), () -> devices.get(practice.getId(), device.getId()))
                        .getName())
                .isEqualTo("Chair 1");
        assertThat(SignIn.as(auditor.getId(), () -> auditLog.verify(practice.getId()))
                        .intact())
                .isTrue();

        assertThatThrownBy(() ->
                        SignIn.run(auditor.getId(), () -> devices.create(practice.getId(), device("Sneaky", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.run(
                        auditor.getId(),
                        () -> devices.update(
                                practice.getId(), device.getId(), device.getVersion(), device("Renamed", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.run(auditor.getId(), () -> devices.delete(practice.getId(), device.getId())))
                .isInstanceOf(AccessDeniedException.class);
        PracticeDetails rename = new PracticeDetails();
        rename.setName("Audited practice");
        assertThatThrownBy(() -> SignIn.run(auditor.getId(), () -> practices.update(practice.getId(), 0, rename)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(denied()).isEqualTo(deniedBefore + 4);
        assertThat(SignIn.as(auditor.getId(), () -> devices.count(practice.getId())))
                .isEqualTo(1);
    }

    @Test
    void clinicStaffSeeTheRegistryButChangeNoConfiguration() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);

        assertThat(SignIn.as(
                        staff.getId(),
                        () -> devices.list(practice.getId(), DeviceFilter.NONE.withText("chair"), Pageable.unpaged())
                                .getTotalElements()))
                .isEqualTo(1);
        assertThat(SignIn.as(staff.getId(), () -> access.can(practice.getId(), Permission.RECORD_MAINTENANCE)))
                .isTrue();
        assertThat(SignIn.as(staff.getId(), () -> access.can(practice.getId(), Permission.EDIT_PRACTICE_DATA)))
                .isFalse();
        assertThat(SignIn.as(staff.getId(), () -> access.can(practice.getId(), Permission.MANAGE_ACCESS)))
                .isFalse();
        assertThatThrownBy(() ->
                        SignIn.run(staff.getId(), () -> devices.create(practice.getId(), device("Printer", null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExpiredAuditorMembershipGrantsNothing() {
        AppUser expired =
                fixtures.memberOf(practice, Role.AUDITOR, Instant.now().minus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> SignIn.as(expired.getId(), () -> devices.get(practice.getId(), device.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(
                        expired.getId(), () -> auditLog.list(practice.getId(), AuditFilter.NONE, Pageable.ofSize(5))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(expired.getId(), () -> access.accessiblePractices()))
                .isEmpty();
        assertThat(SignIn.as(expired.getId(), () -> access.rolesIn(practice.getId())))
                .isEmpty();
        String refusal = jdbc.queryForObject(
                "select summary from audit_entry where scope_id = ? and action = 'ACCESS_DENIED' "
                        + "and actor_user_id = ? order by seq desc limit 1",
                String.class,
                practice.getId(),
                expired.getId());
        assertThat(refusal).startsWith("Request after the auditor membership expired");
    }

    @Test
    void anAuditorLosesAccessTheMomentTheMembershipExpires() {
        AppUser auditor =
                fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plus(Duration.ofDays(1)));
        assertThat(SignIn.as(auditor.getId(), () -> devices.count(practice.getId())))
                .isEqualTo(1);

        // Expiry is read from the database on every call: no session or cache keeps the old grant alive.
        jdbc.update(
                "update membership set expires_at = ? where user_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                auditor.getId());

        assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> devices.count(practice.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAuditorsAccessEndsWhenTheClockPassesTheExpiry() {
        AppUser auditor =
                fixtures.memberOf(practice, Role.AUDITOR, clock.instant().plus(Duration.ofDays(2)));
        try {
            assertThat(SignIn.as(auditor.getId(), () -> devices.count(practice.getId())))
                    .isEqualTo(1);
            clock.advance(Duration.ofDays(2).plusSeconds(1)); // the application's clock, not a sleep
            assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> devices.count(practice.getId())))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            clock.reset();
        }
    }

    @Test
    void someoneWithoutAnyMembershipSeesNoPractice() {
        AppUser stranger = fixtures.user();

        assertThat(SignIn.as(stranger.getId(), () -> access.accessiblePractices()))
                .isEmpty();
        assertThatThrownBy(() -> SignIn.as(stranger.getId(), () -> practices.get(practice.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> devices.count(practice.getId()))
                .isInstanceOfAny(NotFoundException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private long denied() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and action = 'ACCESS_DENIED'",
                Long.class,
                practice.getId());
    }
}
