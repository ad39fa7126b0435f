package io.deviceward.device;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A practice's kept device count follows every create and delete, and stays its own. */
@IntegrationTest
class PracticeDeviceCountIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theKeptCountIsTheRealCount() {
        Practice practice = fixtures.practice(fixtures.provider());
        Practice other = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isZero();

        Device first = SignIn.as(
                manager.getId(), () -> devices.create(practice.getId(), device("Chair", "S-" + UUID.randomUUID())));
        Device second = SignIn.as(
                manager.getId(), () -> devices.create(practice.getId(), device("Monitor", "S-" + UUID.randomUUID())));
        SignIn.as(manager.getId(), () -> devices.create(practice.getId(), device("Printer", "S-" + UUID.randomUUID())));
        SignIn.as(
                otherManager.getId(),
                () -> devices.create(other.getId(), device("Elsewhere", "S-" + UUID.randomUUID())));
        SignIn.run(manager.getId(), () -> devices.delete(practice.getId(), first.getId()));
        // Decommissioning keeps the record, so it still counts.
        SignIn.run(
                manager.getId(),
                () -> devices.decommission(
                        practice.getId(), Set.of(second.getId()), DisposalMethod.NONE_STORED, "Tester"));

        long real = jdbc.queryForObject(
                "select count(*) from device where practice_id = ?",
                Long.class,
                practice.getId().toString());
        assertThat(real).isEqualTo(2);
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isEqualTo(real);
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.list(practice.getId(), DeviceFilter.NONE, PageRequest.of(0, 1))
                                .getTotalElements()))
                .isEqualTo(real);
        assertThat(SignIn.as(otherManager.getId(), () -> devices.count(other.getId())))
                .isEqualTo(1);
    }
}
