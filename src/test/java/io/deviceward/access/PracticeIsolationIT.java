package io.deviceward.access;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.audit.AuditAction;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeDetails;
import io.deviceward.practice.PracticeService;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cross-practice reads and writes are refused in the services, whatever the UI shows. */
@IntegrationTest
class PracticeIsolationIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    PracticeService practices;

    @Autowired
    ProviderDirectory providerDirectory;

    @Autowired
    MemberDirectory members;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    Provider providerA;
    Practice practiceA;
    Practice practiceB;
    AppUser managerA;
    AppUser managerB;
    Device deviceB;

    @BeforeEach
    void twoPracticesOfTwoProviders() {
        providerA = fixtures.provider();
        practiceA = fixtures.practice(providerA);
        practiceB = fixtures.practice(fixtures.provider());
        managerA = fixtures.memberOf(practiceA, Role.PRACTICE_MANAGER);
        managerB = fixtures.memberOf(practiceB, Role.PRACTICE_MANAGER);
        deviceB = SignIn.as(
                managerB.getId(),
                () -> devices.create(practiceB.getId(), device("B's monitor", "B-" + UUID.randomUUID())));
    }

    @Test
    void anotherPracticesDeviceIsNotFoundThroughItsOwnPracticeId() {
        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> devices.get(practiceB.getId(), deviceB.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherPracticesDeviceIsNotFoundThroughTheCallersPracticeId() {
        // The caller may use practice A, but the device belongs to B: the tenant filter hides it.
        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> devices.get(practiceA.getId(), deviceB.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.run(
                        managerA.getId(),
                        () -> devices.update(
                                practiceA.getId(), deviceB.getId(), deviceB.getVersion(), device("Hijacked", null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.run(managerA.getId(), () -> devices.delete(practiceA.getId(), deviceB.getId())))
                .isInstanceOf(NotFoundException.class);

        Device unchanged = SignIn.as(managerB.getId(), () -> devices.get(practiceB.getId(), deviceB.getId()));
        assertThat(unchanged.getName()).isEqualTo("B's monitor");
    }

    @Test
    void listsOnlyTheOwnPracticesDevices() {
        SignIn.run(
                managerA.getId(),
                () -> devices.create(practiceA.getId(), device("A's autoclave", "A-" + UUID.randomUUID())));

        assertThat(SignIn.as(
                        managerA.getId(),
                        () -> devices.list(practiceA.getId(), DeviceFilter.NONE, Pageable.unpaged())
                                .getContent()))
                .extracting(Device::getName)
                .containsExactly("A's autoclave");
        assertThat(SignIn.as(managerA.getId(), () -> devices.count(practiceA.getId())))
                .isEqualTo(1);
    }

    @Test
    void writesIntoAnotherPracticeAreRefusedAndChangeNothing() {
        assertThatThrownBy(() ->
                        SignIn.run(managerA.getId(), () -> devices.create(practiceB.getId(), device("Planted", null))))
                .isInstanceOf(NotFoundException.class);
        PracticeDetails rename = new PracticeDetails();
        rename.setName("Renamed by A");
        assertThatThrownBy(() -> SignIn.run(managerA.getId(), () -> practices.update(practiceB.getId(), 0, rename)))
                .isInstanceOf(NotFoundException.class);

        assertThat(SignIn.as(managerB.getId(), () -> devices.count(practiceB.getId())))
                .isEqualTo(1);
        assertThat(SignIn.as(
                        managerB.getId(), () -> practices.get(practiceB.getId()).getName()))
                .isEqualTo(practiceB.getName());
    }

    @Test
    void anotherPracticesTrailMembersAndDetailsAreNotFound() {
        assertThatThrownBy(() -> SignIn.as(
                        managerA.getId(),
                        () -> auditLog.list(practiceB.getId(), AuditFilter.NONE, Pageable.ofSize(10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> members.members(practiceB.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> practices.get(practiceB.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        SignIn.as(managerA.getId(), () -> providerDirectory.practicesOf(practiceB.getProviderId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCrossPracticeRequestIsRecordedAsDeniedInTheTargetPracticesTrail() {
        long before = deniedIn(practiceB);

        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> devices.get(practiceB.getId(), deviceB.getId())))
                .isInstanceOf(NotFoundException.class);

        assertThat(deniedIn(practiceB)).isEqualTo(before + 1);
        String actor = jdbc.queryForObject(
                "select actor_user_id from audit_entry where scope_id = ? and action = 'ACCESS_DENIED' "
                        + "order by seq desc limit 1",
                String.class,
                practiceB.getId());
        assertThat(actor).isEqualTo(managerA.getId().toString());
        // The record of the refusal extends the chain properly.
        assertThat(SignIn.as(managerB.getId(), () -> auditLog.verify(practiceB.getId()))
                        .intact())
                .isTrue();
    }

    @Test
    void anUnknownPracticeIsNotFound() {
        assertThatThrownBy(() -> SignIn.as(managerA.getId(), () -> devices.count(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProviderAdminReachesEveryPracticeOfTheirProviderOnly() {
        Practice secondOfA = fixtures.practice(providerA);
        AppUser admin = fixtures.adminOf(providerA);

        assertThat(SignIn.as(admin.getId(), () -> providerDirectory.practicesOf(providerA.getId())))
                .extracting(Practice::getId)
                .containsExactlyInAnyOrder(practiceA.getId(), secondOfA.getId());
        SignIn.run(admin.getId(), () -> devices.create(secondOfA.getId(), device("Router", "R-" + UUID.randomUUID())));
        assertThatThrownBy(() -> SignIn.as(admin.getId(), () -> devices.get(practiceB.getId(), deviceB.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    private long deniedIn(Practice practice) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and action = ?",
                Long.class,
                practice.getId(),
                AuditAction.ACCESS_DENIED.name());
    }
}
