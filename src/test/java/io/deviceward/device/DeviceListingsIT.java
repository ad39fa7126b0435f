package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's list reads plain SQL ({@link DeviceListings}) where the grid reads entities through
 * {@link DeviceSpecifications}: both must give the same devices, in the same order, with the same details, for
 * every filter, sort and depth of page; and only the practice's own.
 */
@IntegrationTest
class DeviceListingsIT {
    private static final int DEVICES = 540; // past DeviceService.SHALLOW_OFFSET, so deep pages are read too

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void registries() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        insertDevices(practice.getId(), "Unit", DEVICES);
        // Another practice's devices match the same filters: none of them may appear.
        insertDevices(fixtures.practice(fixtures.provider()).getId(), "Unit", 30);
    }

    @Test
    void givesTheSameDevicesWithTheSameDetailsAsTheEntityQueryForEveryFilterSortAndDepth() {
        List<DeviceFilter> filters = List.of(
                DeviceFilter.NONE,
                DeviceFilter.NONE.withText("acme"),
                DeviceFilter.NONE.withText("unit 00"),
                DeviceFilter.NONE.withText("10.1.2"),
                DeviceFilter.NONE.withText("n-"), // a short fragment with an escaped "_" (serials SN-…)
                new DeviceFilter(null, "IMAGING", null, null, null),
                new DeviceFilter(null, null, DeviceStatus.OUT_OF_SERVICE, null, null),
                new DeviceFilter(null, null, null, UUID.randomUUID(), null),
                new DeviceFilter(null, null, null, null, PostureGap.FIREWALL_OFF),
                new DeviceFilter(null, null, null, null, PostureGap.NOT_IN_BACKUPS),
                new DeviceFilter(null, null, null, null, PostureGap.POSTURE_UNKNOWN),
                new DeviceFilter("acme", "AUTOCLAVE", DeviceStatus.IN_SERVICE, null, PostureGap.FIREWALL_OFF));
        List<Sort> sorts = List.of(
                Sort.unsorted(),
                Sort.by("name"),
                Sort.by(Sort.Direction.DESC, "manufacturer"),
                Sort.by("status").and(Sort.by(Sort.Direction.DESC, "macAddress")),
                Sort.by("criticality"),
                Sort.by(Sort.Direction.DESC, "hostname"));
        int compared = 0;
        for (DeviceFilter filter : filters) {
            for (Sort sort : sorts) {
                for (PageRequest page : List.of(
                        PageRequest.of(0, 20, sort), PageRequest.of(3, 7, sort), PageRequest.of(26, 20, sort))) {
                    List<String> fromEntities = SignIn.as(
                            manager.getId(),
                            () -> devices.slice(practice.getId(), filter, page).getContent().stream()
                                    .map(this::asJson)
                                    .toList());
                    var listing = SignIn.as(
                            manager.getId(), () -> devices.listing(practice.getId(), filter, page, Listed::new));
                    assertThat(listing.getContent().stream().map(this::asJson).toList())
                            .as("%s, %s, %s", filter, sort, page)
                            .isEqualTo(fromEntities);
                    compared += fromEntities.size();
                }
            }
        }
        assertThat(compared).as("devices compared").isGreaterThan(1_000);
    }

    @Test
    void knowsWhetherThereIsANextPage() {
        var last = SignIn.as(
                manager.getId(),
                () -> devices.listing(
                        practice.getId(), DeviceFilter.NONE, PageRequest.of(DEVICES / 20 - 1, 20), Listed::new));
        assertThat(last.getContent()).hasSize(20);
        assertThat(last.hasNext()).isFalse();
        var before = SignIn.as(
                manager.getId(),
                () -> devices.listing(
                        practice.getId(), DeviceFilter.NONE, PageRequest.of(DEVICES / 20 - 2, 20), Listed::new));
        assertThat(before.hasNext()).isTrue();
    }

    @Test
    void refusesAnotherPracticesMemberAsNotFound() {
        Practice other = fixtures.practice(fixtures.provider());
        AppUser outsider = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        Assertions.assertThatThrownBy(() -> SignIn.as(
                        outsider.getId(),
                        () -> devices.listing(practice.getId(), DeviceFilter.NONE, PageRequest.of(0, 20), Listed::new)))
                .isInstanceOf(NotFoundException.class);
    }

    private String asJson(Device device) {
        return device.getId() + " " + device.getVersion() + " " + json.writeValueAsString(DeviceDetails.of(device));
    }

    private String asJson(Listed device) {
        return device.id + " " + device.version + " "
                + json.writerFor(DeviceDetails.class).writeValueAsString(device);
    }

    /** What the listing fills here: the details, with the id and version beside them. */
    static final class Listed extends DeviceDetails {
        final UUID id;
        final long version;

        Listed(UUID id, Long version) {
            this.id = id;
            this.version = version;
        }
    }

    /** Devices with every column set, varied row by row (and some left empty), as plain SQL. */
    private void insertDevices(UUID practiceId, String name, int count) {
        String[] categories = {"AUTOCLAVE", "IMAGING", "PATIENT_MONITOR", "OTHER"};
        String[] manufacturers = {"Acme", "Melag", "Dürr Dental", null};
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<Object[]> rows = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            List<Object> row = new ArrayList<>(List.of(
                    UUID.randomUUID().toString(),
                    practiceId.toString(),
                    String.format("%s %05d", name, i % 7 == 0 ? i / 7 : i), // some names twice: the id breaks the tie
                    categories[i % categories.length],
                    manufacturers[i % manufacturers.length] == null ? "Zeiss" : manufacturers[i % manufacturers.length],
                    "M" + (i % 5),
                    DeviceStatus.values()[i % DeviceStatus.values().length].name(),
                    i % 3));
            row.add(i % 4 == 0 ? null : "SN-" + i);
            row.add(i % 6 == 0 ? null : "Room " + (i % 9));
            row.add(i % 5 == 0 ? null : "Person " + i);
            row.add(i % 8 == 0 ? null : "+49 30 " + i);
            row.add(i % 3 == 0 ? null : "host-" + (i % 11));
            row.add(i % 4 == 1 ? null : "10.1.2." + (i % 250) + (i % 2 == 0 ? ",192.168.0." + (i % 200) : ""));
            row.add(i % 3 == 1 ? null : String.format("00:1b:44:%02x:%02x:%02x", i % 256, (i / 256) % 256, i % 7));
            row.add(ConnectionType.values()[i % ConnectionType.values().length].name());
            row.add(i % 2 == 0 ? null : "4." + i);
            row.add(i % 5 == 2 ? day.plusDays(i) : null);
            row.add(i % 4 == 3 ? "Windows 10" : null);
            row.add(i % 4 == 3 ? day.plusYears(1) : null);
            row.add(Answer.values()[i % Answer.values().length].name());
            row.add(i % 5 == 4 ? null : RemoteAccess.values()[i % RemoteAccess.values().length].name());
            row.add(Criticality.values()[i % Criticality.values().length].name());
            row.add(i % 9 == 0 ? "UDI-" + i : null);
            row.add(i % 7 == 1 ? "IIa" : null);
            row.add(i % 4 == 0 ? day.minusDays(i % 30) : null);
            row.add(i % 4 == 1 ? day.minusDays(i % 40) : null);
            row.add(i % 4 == 2 ? day.plusDays(i % 20) : null);
            row.add(i % 4 == 3 ? day.plusDays(i % 10) : null);
            row.add(i % 4 == 3 ? DisposalMethod.values()[i % DisposalMethod.values().length].name() : null);
            row.add(i % 4 == 3 ? "Disposer " + i : null);
            row.add(i % 10 == 0 ? "Notes, with \"quotes\" and\na line break " + i : null);
            for (int item = 0; item < PostureItem.values().length; item++) {
                row.add(Answer.values()[(i + item) % Answer.values().length].name());
                row.add((i + item) % 3 == 0 ? day.minusDays(item) : null);
                row.add((i + item) % 5 == 0 ? "Checked by " + item : null);
            }
            row.add(i % 6 == 0 ? day.minusDays(2) : null);
            rows.add(row.toArray());
        });
        StringBuilder posture = new StringBuilder();
        for (String item : List.of(
                "firewall",
                "endpoint_protection",
                "backup",
                "default_passwords_changed",
                "services_minimised",
                "firmware_current",
                "storage_encrypted",
                "logging_enabled")) {
            posture.append(", posture_%1$s_state, posture_%1$s_checked_on, posture_%1$s_note".formatted(item));
        }
        String columns = "id, practice_id, name, category, manufacturer, model, status, version, serial_number,"
                + " location, responsible_person, vendor_support_contact, hostname, ip_addresses, mac_address,"
                + " connection, firmware_version, firmware_updated_on, operating_system, os_end_of_support,"
                + " stores_patient_data, remote_access, criticality, udi, device_class, planned_on, in_service_on,"
                + " out_of_service_on, decommissioned_on, disposal_method, disposed_by, notes" + posture
                + ", posture_last_successful_backup";
        String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
        jdbc.batchUpdate("insert into device (" + columns + ", created_at) values (" + marks + ", now())", rows);
    }
}
