package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The registry's search and filters, on the real full-text index and the deferred-join paging. */
@IntegrationTest
class DeviceSearchIT {
    @Autowired Fixtures fixtures;
    @Autowired DeviceService devices;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void registry() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        SignIn.run(manager.getId(), () -> {
            create("Sterilizer Euronda", "AUTOCLAVE", "Euronda", "E9 Next", "EU-2231-778", "192.168.10.21", "00:1b:44:11:3a:b7", Answer.NO);
            create("X-ray room 2", "IMAGING", "Dürr Dental", "VistaIntra", "DD-VI-20417", "192.168.10.35", "00:1b:44:11:3a:c2", Answer.YES);
            create("Monitor bay 4", "PATIENT_MONITOR", "Philips", "MX450", "PH-7781", "10.20.0.11", null, Answer.NO);
        });
    }

    @Test
    void findsByWordsPrefixesSerialsAddressesAndShortFragments() {
        assertThat(search("euronda")).containsExactly("Sterilizer Euronda");
        assertThat(search("Eur")).containsExactly("Sterilizer Euronda");
        assertThat(search("DD-VI-20417")).containsExactly("X-ray room 2");
        assertThat(search("x-ray")).containsExactly("X-ray room 2");
        assertThat(search("192.168.10")).containsExactly("Sterilizer Euronda", "X-ray room 2");
        assertThat(search("192.168.010.035")).containsExactly("X-ray room 2");
        assertThat(search("00-1B-44-11-3A-B7")).containsExactly("Sterilizer Euronda");
        assertThat(search("bay 4")).containsExactly("Monitor bay 4");
        assertThat(search("nothing-like-this")).isEmpty();
        assertThat(search("100% \"quoted\" +-*~<>()")).isEmpty(); // operators are not passed to MariaDB
    }

    @Test
    void combinesFiltersAndPagesDeepWithoutLosingOrder() {
        SignIn.run(manager.getId(), () -> {
            for (int i = 0; i < 23; i++) {
                create(String.format("Chair %02d", i), "DENTAL_CHAIR", "KaVo", "E70", "KV-" + i, null, null, i % 2 == 0 ? Answer.NO : Answer.YES);
            }
        });
        DeviceFilter firewallOff = new DeviceFilter(null, "DENTAL_CHAIR", DeviceStatus.IN_SERVICE, null, PostureGap.FIREWALL_OFF);
        List<String> all = SignIn.as(manager.getId(), () -> devices.list(practice.getId(), firewallOff, PageRequest.of(0, 100, Sort.by("name")))
                .map(Device::getName).getContent());
        assertThat(all).hasSize(12).isSorted();
        List<String> thirdPage = SignIn.as(manager.getId(), () -> devices.slice(practice.getId(), firewallOff, PageRequest.of(2, 5, Sort.by("name")))
                .map(Device::getName).getContent());
        assertThat(thirdPage).containsExactlyElementsOf(all.subList(10, 12));
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId(), firewallOff))).isEqualTo(12);
        assertThat(SignIn.as(manager.getId(), () -> devices.slice(practice.getId(), firewallOff, PageRequest.of(1, 5)).hasNext())).isTrue();
    }

    @Test
    void bulkChangesAreAllOrNothing() {
        List<Device> mine = SignIn.as(manager.getId(), () -> devices.list(practice.getId(), DeviceFilter.NONE, PageRequest.of(0, 10)).getContent());
        Set<UUID> ids = new java.util.HashSet<>(mine.stream().map(Device::getId).toList());
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        UUID foreign = SignIn.as(otherManager.getId(), () -> create(other, "Foreign", "OTHER", "X", "Y", "F-1", null, null, Answer.UNKNOWN)).getId();

        Set<UUID> withForeign = new java.util.HashSet<>(ids);
        withForeign.add(foreign);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignIn.run(manager.getId(),
                () -> devices.changeStatus(practice.getId(), withForeign, DeviceStatus.OUT_OF_SERVICE)))
                .isInstanceOf(io.deviceward.shared.NotFoundException.class);
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId(),
                new DeviceFilter(null, null, DeviceStatus.OUT_OF_SERVICE, null, null)))).isZero();

        assertThat(SignIn.as(manager.getId(), () -> devices.decommission(practice.getId(), ids, DisposalMethod.WIPED, "Sam"))).isEqualTo(3);
        Device one = SignIn.as(manager.getId(), () -> devices.get(practice.getId(), mine.getFirst().getId()));
        assertThat(one.getStatus()).isEqualTo(DeviceStatus.DECOMMISSIONED);
        assertThat(one.getDecommissionedOn()).isNotNull();
        assertThat(one.getDisposalMethod()).isEqualTo(DisposalMethod.WIPED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignIn.run(manager.getId(),
                () -> devices.decommission(practice.getId(), ids, null, "Sam")))
                .isInstanceOf(io.deviceward.shared.InvalidInputException.class);
    }

    private List<String> search(String text) {
        return SignIn.as(manager.getId(), () -> devices.list(practice.getId(), DeviceFilter.NONE.withText(text),
                PageRequest.of(0, 50, Sort.by("name"))).map(Device::getName).getContent());
    }

    private Device create(String name, String category, String manufacturer, String model, String serial, String ip,
            String mac, Answer firewall) {
        return create(practice, name, category, manufacturer, model, serial, ip, mac, firewall);
    }

    private Device create(Practice in, String name, String category, String manufacturer, String model, String serial,
            String ip, String mac, Answer firewall) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory(category);
        details.setManufacturer(manufacturer);
        details.setModel(model);
        details.setSerialNumber(serial);
        details.setIpAddresses(ip == null ? List.of() : List.of(ip));
        details.setMacAddress(mac);
        details.getPosture().getFirewall().setState(firewall);
        return devices.create(in.getId(), details);
    }
}
