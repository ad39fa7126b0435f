package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry's search and filters, on the real full-text index and the deferred-join paging. */
@IntegrationTest
class DeviceSearchIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void registry() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        SignIn.run(manager.getId(), () -> {
            create(
                    "Sterilizer Euronda",
                    "AUTOCLAVE",
                    "Euronda",
                    "E9 Next",
                    "EU-2231-778",
                    "192.168.10.21",
                    "00:1b:44:11:3a:b7",
                    Answer.NO);
            create(
                    "X-ray room 2",
                    "IMAGING",
                    "Dürr Dental",
                    "VistaIntra",
                    "DD-VI-20417",
                    "192.168.10.35",
                    "00:1b:44:11:3a:c2",
                    Answer.YES);
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
    void findsOnlyThePracticesOwnDevicesEvenWhenAnotherPracticeSharesItsIndexPrefix() {
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        SignIn.run(
                otherManager.getId(),
                () -> create(other, "Other Euronda", "AUTOCLAVE", "Euronda", "E9", "EU-9", null, null, Answer.NO));
        // A practice whose id starts with the same 6 hex digits: the same prefix in search_words.
        UUID twin = UUID.fromString(practice.getId().toString().substring(0, 6)
                + UUID.randomUUID().toString().substring(6));
        jdbc.update(
                "insert into practice (id, provider_id, name, created_at, version) select ?, provider_id, ?, created_at, 0 from practice where id = ?",
                twin.toString(),
                "Twin of " + practice.getName(),
                practice.getId().toString());
        insertDevices(twin, "Twin Euronda", 1);

        assertThat(search("euronda")).containsExactly("Sterilizer Euronda");
        assertThat(SignIn.as(
                        manager.getId(), () -> devices.count(practice.getId(), DeviceFilter.NONE.withText("euronda"))))
                .isEqualTo(1);
        assertThat(SignIn.as(
                        otherManager.getId(),
                        () -> devices.list(
                                        other.getId(),
                                        DeviceFilter.NONE.withText("euronda"),
                                        PageRequest.of(0, 50, Sort.by("name")))
                                .map(Device::getName)
                                .getContent()))
                .containsExactly("Other Euronda");
    }

    @Test
    void keepsTheIndexsWordLimits() {
        String longest = "l".repeat(84); // the longest word the full-text index keeps
        String tooLong = "m".repeat(85);
        SignIn.run(manager.getId(), () -> {
            create("Unit " + longest, "OTHER", "Acme", "A1", "A-1", null, null, Answer.NO);
            create("Unit " + tooLong, "OTHER", "Acme", "A2", "A-2", null, null, Answer.NO);
            create("The unit", "OTHER", "Acme", "A3", "A-3", null, null, Answer.NO);
        });
        assertThat(search(longest)).containsExactly("Unit " + longest);
        assertThat(search(longest.substring(0, 80))).containsExactly("Unit " + longest);
        assertThat(search(longest + "l")).isEmpty();
        assertThat(search(tooLong)).isEmpty(); // not in the index, as before
        assertThat(search("the")).isEmpty(); // a stopword: not in the index, as before
    }

    @Test
    void countsATextSearchFromItsPageUpToTwoThousandMatchesAndBeyondWithACount() {
        insertDevices(practice.getId(), "Bulk chair", DeviceService.TOTAL_FROM_IDS + 50);
        DeviceFilter bulk = DeviceFilter.NONE.withText("bulk");
        Page<Device> first = SignIn.as(
                manager.getId(), () -> devices.list(practice.getId(), bulk, PageRequest.of(0, 50, Sort.by("name"))));
        assertThat(first.getTotalElements()).isEqualTo(DeviceService.TOTAL_FROM_IDS + 50);
        assertThat(first.getContent())
                .hasSize(50)
                .extracting(Device::getName)
                .isSorted()
                .startsWith("Bulk chair 00001");
        Page<Device> lastFromIds = SignIn.as(
                manager.getId(), () -> devices.list(practice.getId(), bulk, PageRequest.of(39, 50, Sort.by("name"))));
        assertThat(lastFromIds.getTotalElements()).isEqualTo(DeviceService.TOTAL_FROM_IDS + 50);
        assertThat(lastFromIds.getContent())
                .extracting(Device::getName)
                .startsWith("Bulk chair 01951")
                .endsWith("Bulk chair 02000");
        Page<Device> beyond = SignIn.as(
                manager.getId(), () -> devices.list(practice.getId(), bulk, PageRequest.of(40, 50, Sort.by("name"))));
        assertThat(beyond.getTotalElements()).isEqualTo(DeviceService.TOTAL_FROM_IDS + 50);
        assertThat(beyond.getContent())
                .extracting(Device::getName)
                .startsWith("Bulk chair 02001")
                .endsWith("Bulk chair 02050");

        Page<Device> few = SignIn.as(
                manager.getId(),
                () -> devices.list(
                        practice.getId(),
                        DeviceFilter.NONE.withText("192.168"),
                        PageRequest.of(0, 1, Sort.by("name"))));
        assertThat(few.getTotalElements()).isEqualTo(2);
        assertThat(few.getContent()).extracting(Device::getName).containsExactly("Sterilizer Euronda");
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.list(
                                        practice.getId(),
                                        DeviceFilter.NONE.withText("192.168"),
                                        PageRequest.of(5, 1, Sort.by("name")))
                                .getContent()))
                .isEmpty();
    }

    @Test
    void combinesFiltersAndPagesDeepWithoutLosingOrder() {
        SignIn.run(manager.getId(), () -> {
            for (int i = 0; i < 23; i++) {
                create(
                        String.format("Chair %02d", i),
                        "DENTAL_CHAIR",
                        "KaVo",
                        "E70",
                        "KV-" + i,
                        null,
                        null,
                        i % 2 == 0 ? Answer.NO : Answer.YES);
            }
        });
        DeviceFilter firewallOff =
                new DeviceFilter(null, "DENTAL_CHAIR", DeviceStatus.IN_SERVICE, null, PostureGap.FIREWALL_OFF);
        List<String> all = SignIn.as(
                manager.getId(),
                () -> devices.list(practice.getId(), firewallOff, PageRequest.of(0, 100, Sort.by("name")))
                        .map(Device::getName)
                        .getContent());
        assertThat(all).hasSize(12).isSorted();
        List<String> thirdPage = SignIn.as(
                manager.getId(),
                () -> devices.slice(practice.getId(), firewallOff, PageRequest.of(2, 5, Sort.by("name")))
                        .map(Device::getName)
                        .getContent());
        assertThat(thirdPage).containsExactlyElementsOf(all.subList(10, 12));
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId(), firewallOff)))
                .isEqualTo(12);
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.slice(practice.getId(), firewallOff, PageRequest.of(1, 5))
                                .hasNext()))
                .isTrue();
    }

    @Test
    void bulkChangesAreAllOrNothing() {
        List<Device> mine = SignIn.as(
                manager.getId(),
                () -> devices.list(practice.getId(), DeviceFilter.NONE, PageRequest.of(0, 10))
                        .getContent());
        Set<UUID> ids = new HashSet<>(mine.stream().map(Device::getId).toList());
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        UUID foreign = SignIn.as(
                        otherManager.getId(),
                        () -> create(other, "Foreign", "OTHER", "X", "Y", "F-1", null, null, Answer.UNKNOWN))
                .getId();

        Set<UUID> withForeign = new HashSet<>(ids);
        withForeign.add(foreign);
        Assertions.assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> devices.changeStatus(practice.getId(), withForeign, DeviceStatus.OUT_OF_SERVICE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.count(
                                practice.getId(),
                                new DeviceFilter(null, null, DeviceStatus.OUT_OF_SERVICE, null, null))))
                .isZero();

        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.decommission(practice.getId(), ids, DisposalMethod.WIPED, "Sam")))
                .isEqualTo(3);
        Device one = SignIn.as(
                manager.getId(),
                () -> devices.get(practice.getId(), mine.getFirst().getId()));
        assertThat(one.getStatus()).isEqualTo(DeviceStatus.DECOMMISSIONED);
        assertThat(one.getDecommissionedOn()).isNotNull();
        assertThat(one.getDisposalMethod()).isEqualTo(DisposalMethod.WIPED);
        Assertions.assertThatThrownBy(() ->
                        SignIn.run(manager.getId(), () -> devices.decommission(practice.getId(), ids, null, "Sam")))
                .isInstanceOf(InvalidInputException.class);
    }

    /** Devices straight into the table (the service would take minutes for thousands): "name 00001" and on. */
    private void insertDevices(UUID practiceId, String name, int count) {
        jdbc.batchUpdate(
                "insert into device (id, practice_id, name, category, manufacturer, model, status, created_at, version)"
                        + " values (?, ?, ?, 'OTHER', 'Acme', 'A1', 'IN_SERVICE', now(), 0)",
                IntStream.rangeClosed(1, count)
                        .mapToObj(i -> new Object[] {
                            UUID.randomUUID().toString(), practiceId.toString(), String.format("%s %05d", name, i)
                        })
                        .toList());
    }

    private List<String> search(String text) {
        return SignIn.as(
                manager.getId(),
                () -> devices.list(
                                practice.getId(),
                                DeviceFilter.NONE.withText(text),
                                PageRequest.of(0, 50, Sort.by("name")))
                        .map(Device::getName)
                        .getContent());
    }

    private Device create(
            String name,
            String category,
            String manufacturer,
            String model,
            String serial,
            String ip,
            String mac,
            Answer firewall) {
        return create(practice, name, category, manufacturer, model, serial, ip, mac, firewall);
    }

    private Device create(
            Practice in,
            String name,
            String category,
            String manufacturer,
            String model,
            String serial,
            String ip,
            String mac,
            Answer firewall) {
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
