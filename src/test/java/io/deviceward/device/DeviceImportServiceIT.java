package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceImportPreview.Outcome;
import io.deviceward.device.transfer.DeviceCsvFormat;
import io.deviceward.device.transfer.DeviceCsvFormatTest;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The import against the real database, with the real rules, roles and audit trail. */
@IntegrationTest
class DeviceImportServiceIT {
    private static final String HEADER =
            "name,category,manufacturer,model,serialNumber,macAddress,ipAddresses,status,disposalMethod,disposedBy\n";

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceImportService imports;

    @Autowired
    DeviceCsvExport export;

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    Provider provider;
    Practice practice;
    AppUser manager;

    @BeforeEach
    void practiceWithAManager() {
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
    }

    @Test
    void aBadRowIsAnErrorWithAReasonAndTheOthersAreNew() {
        DeviceImportPreview preview = preview("""
                name,category,manufacturer,model,serialNumber,macAddress,ipAddresses,status
                Monitor 1,PATIENT_MONITOR,Philips,IntelliVue MX450,PM-1,00-1A-2B-00-00-01,010.0.0.11,
                Chair 1,Dental chair / unit,Sirona,Intego,DC-1,,10.0.0.12 10.0.0.13,in service
                Router,network_equipment,Lancom,1793VA,RT-1,,300.1.1.1,
                """);

        assertThat(preview.format()).isEqualTo(DeviceImportPreview.Format.CSV);
        assertThat(preview.rows())
                .extracting(DeviceImportPreview.Row::outcome)
                .containsExactly(Outcome.NEW, Outcome.NEW, Outcome.ERROR);
        assertThat(preview.rows()).extracting(DeviceImportPreview.Row::number).containsExactly(2, 3, 4);
        DeviceImportPreview.Row bad = preview.rows().get(2);
        assertThat(bad.reason()).hasValue("Row 4, ipAddresses: \"300.1.1.1\" is not an IPv4 or IPv6 address");
        assertThat(bad.name()).isEqualTo("Router");
        assertThat(preview.summary()).isEqualTo("2 new, 0 updates, 0 unchanged, 1 error");
        // Parsed, normalised and resolved as the service would store them.
        DeviceDetails monitor = preview.rows().get(0).details().orElseThrow();
        assertThat(monitor.getMacAddress()).isEqualTo("00:1a:2b:00:00:01");
        assertThat(monitor.getIpAddresses()).containsExactly("10.0.0.11");
        assertThat(preview.rows().get(1).details().orElseThrow().getCategory()).isEqualTo("DENTAL_CHAIR");
    }

    @Test
    void theServicesRulesHoldForEveryRow() {
        SignIn.run(
                manager.getId(),
                () -> devices.create(practice.getId(), details("Existing", "EX-1", "00:1a:2b:00:00:99")));

        DeviceImportPreview preview = preview(HEADER
                + "Fine,OTHER,M,X,S-1,,,,,\n"
                + "No category,FRIDGE,M,X,S-2,,,,,\n"
                + "Gone,OTHER,M,X,S-3,,,DECOMMISSIONED,,\n"
                + "Twin,OTHER,M,X,s-1,,,,,\n"
                + "Clash,OTHER,M,X,S-5,00:1A:2B:00:00:99,,,,\n"
                + ",OTHER,M,X,S-6,zz:zz,,,,\n"
                + "Disposed,OTHER,M,X,S-7,,,Decommissioned,Wiped,Dr. Who\n");

        assertThat(preview.rows())
                .extracting(DeviceImportPreview.Row::outcome)
                .containsExactly(
                        Outcome.NEW,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.NEW);
        Map<Integer, String> reasons = preview.errors().stream()
                .collect(Collectors.toMap(
                        DeviceImportPreview.Row::number, r -> r.reason().orElseThrow()));
        assertThat(reasons.get(3)).startsWith("Row 3, category: Unknown category \"FRIDGE\"; choose one of [");
        assertThat(reasons.get(4))
                .isEqualTo("Row 4, disposalMethod: Say how patient data stored on the device was disposed of; "
                        + "disposedBy: Say who disposed of the data");
        assertThat(reasons.get(5)).isEqualTo("Row 5, serialNumber: Row 2 has the same serial number");
        assertThat(reasons.get(6))
                .isEqualTo(
                        "Row 6, macAddress: 00:1a:2b:00:00:99 belongs to \"Existing\", whose serial number is EX-1, not S-5");
        assertThat(reasons.get(7))
                .isEqualTo(
                        "Row 7, name: Enter the device's name; macAddress: \"zz:zz\" is not a MAC address such as 00:1a:2b:3c:4d:5e");
    }

    @Test
    void withErrorsTheCommitIsRefusedUnlessOnlyTheValidRowsAreWanted() {
        DeviceImportPreview preview = preview(HEADER
                + "Monitor 1,PATIENT_MONITOR,Philips,IntelliVue,PM-1,00:1a:2b:00:00:01,10.0.0.11,,,\n"
                + "Router,NETWORK_EQUIPMENT,Lancom,1793VA,RT-1,,300.1.1.1,,,\n"
                + "Chair 1,DENTAL_CHAIR,Sirona,Intego,DC-1,,,,,\n");
        long auditBefore = auditEntries();

        assertThatThrownBy(() -> commit(preview, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("1 row has an error. Correct the file and upload it again, or import only the valid rows.");
        assertThat(deviceCount()).isZero();
        assertThat(auditEntries()).isEqualTo(auditBefore);

        DeviceImportResult result = commit(preview, true);

        assertThat(result).isEqualTo(new DeviceImportResult(2, 0, 0, 1));
        List<Device> created = all();
        assertThat(created).extracting(Device::getName).containsExactly("Chair 1", "Monitor 1");
        for (Device device : created) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where scope_id = ? and object_type = 'Device' "
                                    + "and object_id = ? and action = 'CREATE'",
                            Long.class,
                            practice.getId(),
                            device.getId().toString()))
                    .isEqualTo(1);
        }
        assertThat(SignIn.as(
                                manager.getId(),
                                () -> devices.get(
                                        practice.getId(), created.get(1).getId()))
                        .getInServiceOn())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC)); // as if created in the form
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String csv = HEADER
                + "Monitor 1,PATIENT_MONITOR,Philips,IntelliVue,PM-1,00:1a:2b:00:00:01,10.0.0.11 fe80::11,,,\n"
                + "Chair 1,DENTAL_CHAIR,Sirona,Intego,DC-1,,,OUT_OF_SERVICE,,\n"
                + "Old X-ray,IMAGING,Planmeca,ProX,XR-1,,,Decommissioned,Destroyed,Recycler GmbH\n";
        assertThat(commit(preview(csv), false)).isEqualTo(new DeviceImportResult(3, 0, 0, 0));
        Map<UUID, Long> versions = versions();
        long auditBefore = auditEntries();

        DeviceImportPreview again = preview(csv);

        assertThat(again.rows()).extracting(DeviceImportPreview.Row::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again.rows())
                .allSatisfy(row -> assertThat(versions.get(row.deviceId().orElseThrow()))
                        .isEqualTo(row.deviceVersion().orElseThrow()));
        assertThat(commit(again, false)).isEqualTo(new DeviceImportResult(0, 0, 3, 0));
        assertThat(versions()).isEqualTo(versions);
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void aRowUpdatesOnlyTheColumnsTheFileHas() {
        DeviceDetails full = DeviceCsvFormatTest.fullyPopulated();
        full.setSegmentId(null); // a segment is a real row now; the file's example id names none here
        full.setCategory("DENTAL_CHAIR");
        Device chair = SignIn.as(manager.getId(), () -> devices.create(practice.getId(), full));

        DeviceImportPreview preview = preview("""
                NAME;Category;Manufacturer;Model;SerialNumber;Location;Status
                Chair 1, surgery 2;DENTAL_CHAIR;Sirona;"Intego ""Pro\""";SN-0042;Surgery 3;
                """);

        DeviceImportPreview.Row row = preview.rows().getFirst();
        assertThat(row.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(row.deviceId()).hasValue(chair.getId());
        assertThat(row.changedColumns()).containsExactly("location");
        assertThat(commit(preview, false)).isEqualTo(new DeviceImportResult(0, 1, 0, 0));
        Device after = SignIn.as(manager.getId(), () -> devices.get(practice.getId(), chair.getId()));
        assertThat(after.getLocation()).isEqualTo("Surgery 3");
        assertThat(after.getVersion()).isEqualTo(chair.getVersion() + 1);
        // Everything the file did not speak for is as it was; the empty status cell kept the status.
        DeviceDetails expected = DeviceDetails.of(chair);
        expected.setLocation("Surgery 3");
        assertThat(DeviceCsvFormat.cells(DeviceDetails.of(after))).isEqualTo(DeviceCsvFormat.cells(expected));
        String changes = jdbc.queryForObject(
                "select changes from audit_entry where scope_id = ? and object_id = ? " + "and action = 'UPDATE'",
                String.class,
                practice.getId(),
                chair.getId().toString());
        assertThat(changes).contains("location").doesNotContain("hostname");
    }

    @Test
    void exportThenImportFindsEverythingUnchanged() throws IOException {
        DeviceDetails full = DeviceCsvFormatTest.fullyPopulated();
        full.setSegmentId(null);
        SignIn.run(manager.getId(), () -> devices.create(practice.getId(), full));
        commit(
                preview(HEADER
                        + "Monitor 1,PATIENT_MONITOR,Philips,IntelliVue,PM-1,00:1a:2b:00:00:01,10.0.0.11,,,\n"
                        + "=Formula,OTHER,M,X,,,,Planned,,\n"
                        + "Old X-ray,IMAGING,Planmeca,ProX,XR-1,,,Decommissioned,Destroyed,Recycler GmbH\n"),
                false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = SignIn.as(manager.getId(), () -> exportAll(out));

        assertThat(written).isEqualTo(4);
        byte[] csv = out.toByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFname,category,");
        DeviceImportPreview again =
                SignIn.as(manager.getId(), () -> imports.preview(practice.getId(), "devices.csv", csv));
        assertThat(again.rows())
                .hasSize(4)
                .extracting(DeviceImportPreview.Row::outcome)
                .containsOnly(Outcome.UNCHANGED);
    }

    @Test
    void theNmapScanCreatesDevicesWithAddressesAndMatchesThemNextTime() {
        DeviceImportPreview scan = previewFile("nmap-namespace.xml");

        assertThat(scan.format()).isEqualTo(DeviceImportPreview.Format.NMAP_XML);
        assertThat(scan.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(Outcome.NEW);
            assertThat(row.macAddress()).isEqualTo("00:1B:21:3C:4D:5E");
        });
        assertThat(commit(scan, false)).isEqualTo(new DeviceImportResult(1, 0, 0, 0));
        Device found = all().getFirst();
        assertThat(found.getMacAddress()).isEqualTo("00:1b:21:3c:4d:5e");
        assertThat(found.getIpAddresses()).containsExactly("10.231.0.2");
        assertThat(found.getManufacturer()).isEqualTo("Intel Corporate");
        assertThat(found.getCategory()).isEqualTo("OTHER");
        assertThat(found.getNotes()).isEqualTo("Open ports (nmap 2026-11-23): 8080/tcp http-proxy");

        // Someone names and files the device properly; the next scan keeps that and changes nothing.
        DeviceDetails named = DeviceDetails.of(found);
        named.setName("Reception PC");
        named.setCategory("WORKSTATION");
        named.setIpAddresses(List.of("10.231.0.2", "fe80::2"));
        SignIn.run(manager.getId(), () -> devices.update(practice.getId(), found.getId(), found.getVersion(), named));
        assertThat(previewFile("nmap-namespace.xml").rows())
                .singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED));

        // The loopback scan sees no MAC: the host is matched by its address the second time.
        DeviceImportPreview loopback = previewFile("nmap-loopback.xml");
        assertThat(loopback.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(Outcome.NEW));
        commit(loopback, false);
        assertThat(all()).extracting(Device::getName).containsExactly("localhost", "Reception PC");
        assertThat(all().getFirst().getIpAddresses()).containsExactly("127.0.0.1");
        assertThat(all().getFirst().getHostname()).isEqualTo("localhost");
        assertThat(previewFile("nmap-loopback.xml").rows())
                .singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED));
    }

    @Test
    void aScanUpdatesTheAddressesOfAKnownMacAndKeepsTheRest() {
        Device pc = SignIn.as(
                manager.getId(),
                () -> devices.create(practice.getId(), details("Reception PC", "PC-1", "00:1b:21:3c:4d:5e")));
        DeviceDetails withAddresses = DeviceDetails.of(pc);
        withAddresses.setIpAddresses(List.of("10.231.0.99", "fe80::2"));
        withAddresses.setNotes("Kept");
        Device before = SignIn.as(
                manager.getId(), () -> devices.update(practice.getId(), pc.getId(), pc.getVersion(), withAddresses));

        DeviceImportPreview scan = previewFile("nmap-namespace.xml");

        DeviceImportPreview.Row row = scan.rows().getFirst();
        assertThat(row.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(row.changedColumns()).containsExactly("ipAddresses");
        commit(scan, false);
        Device after = SignIn.as(manager.getId(), () -> devices.get(practice.getId(), pc.getId()));
        assertThat(after.getIpAddresses())
                .containsExactly("10.231.0.2", "fe80::2"); // the IPv4 scan keeps the IPv6 address
        assertThat(after.getName()).isEqualTo("Reception PC");
        assertThat(after.getSerialNumber()).isEqualTo("PC-1");
        assertThat(after.getNotes()).isEqualTo("Kept");
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    }

    @Test
    void aDeviceChangedBetweenPreviewAndCommitFailsTheWholeCommit() {
        Device monitor =
                SignIn.as(manager.getId(), () -> devices.create(practice.getId(), details("Monitor 1", "PM-1", null)));
        DeviceImportPreview preview = preview(HEADER
                + "Monitor 1,PATIENT_MONITOR,Philips,IntelliVue,PM-1,00:1a:2b:00:00:01,,,,\n"
                + "Chair 1,DENTAL_CHAIR,Sirona,Intego,DC-1,,,,,\n");
        assertThat(preview.rows())
                .extracting(DeviceImportPreview.Row::outcome)
                .containsExactly(Outcome.UPDATE, Outcome.NEW);
        DeviceDetails renamed = DeviceDetails.of(monitor);
        renamed.setLocation("ICU");
        SignIn.run(
                manager.getId(),
                () -> devices.update(practice.getId(), monitor.getId(), monitor.getVersion(), renamed));
        long auditBefore = auditEntries();

        assertThatThrownBy(() -> commit(preview, false))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Device \"Monitor 1\" was changed by someone else");

        assertThat(all()).extracting(Device::getName).containsExactly("Monitor 1");
        Device unchanged = all().getFirst();
        assertThat(unchanged.getMacAddress()).isNull();
        assertThat(unchanged.getLocation()).isEqualTo("ICU");
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void aDeviceCreatedBetweenPreviewAndCommitFailsTheWholeCommit() {
        DeviceImportPreview preview = preview(HEADER + "Chair 1,DENTAL_CHAIR,Sirona,Intego,DC-1,,,,,\n"
                + "Chair 2,DENTAL_CHAIR,Sirona,Intego,DC-2,,,,,\n");
        SignIn.run(manager.getId(), () -> devices.create(practice.getId(), details("Chair two", "DC-2", null)));

        assertThatThrownBy(() -> commit(preview, false)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(all()).extracting(Device::getName).containsExactly("Chair two");
    }

    @Test
    void aManagerOfAnotherPracticeCannotImportIntoThisOne() {
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        byte[] csv = (HEADER + "Planted,OTHER,M,X,P-1,,,,,\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> imports.preview(practice.getId(), "x.csv", csv)))
                .isInstanceOf(NotFoundException.class);
        DeviceImportPreview own = SignIn.as(otherManager.getId(), () -> imports.preview(other.getId(), "x.csv", csv));
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> imports.commit(practice.getId(), own, false)))
                .isInstanceOf(NotFoundException.class);
        // A preview of this practice cannot be committed into another one either.
        DeviceImportPreview ours = preview(HEADER + "Mine,OTHER,M,X,M-1,,,,,\n");
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> imports.commit(other.getId(), ours, false)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(deviceCount()).isZero();
        assertThat(SignIn.as(otherManager.getId(), () -> devices.count(other.getId())))
                .isZero();
    }

    @Test
    void anAuditorCannotImport() {
        AppUser auditor = fixtures.memberOf(practice, Role.AUDITOR);
        byte[] csv = (HEADER + "Sneaky,OTHER,M,X,S-1,,,,,\n").getBytes(StandardCharsets.UTF_8);
        DeviceImportPreview preview = preview(HEADER + "Sneaky,OTHER,M,X,S-1,,,,,\n");

        assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> imports.preview(practice.getId(), "x.csv", csv)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> imports.commit(practice.getId(), preview, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deviceCount()).isZero();
    }

    @Test
    void wholeFileProblemsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> imports.preview(
                                practice.getId(), "big.csv", new byte[DeviceImportService.MAX_BYTES + 1])))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is larger than 5 MB");
        assertThatThrownBy(() -> preview("name,category,manufacturer,model,colour\nA,OTHER,M,X,red\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Unknown column \"colour\"");
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> imports.preview(
                                practice.getId(),
                                "scan.xml",
                                "<?xml version=\"1.0\"?><inventory/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an nmap scan");
    }

    @Test
    void tenThousandRowsImport() throws IOException {
        int count = 10_000;
        String[] categories = {
            "AUTOCLAVE", "PATIENT_MONITOR", "IMAGING", "DENTAL_CHAIR", "WORKSTATION", "NETWORK_EQUIPMENT", "OTHER"
        };
        StringBuilder csv = new StringBuilder(String.join(",", DeviceCsvFormat.COLUMNS)).append('\n');
        for (int i = 0; i < count; i++) {
            DeviceDetails d = DeviceCsvFormatTest.minimal("Device " + i);
            d.setCategory(categories[i % categories.length]);
            d.setSerialNumber("SN-" + i);
            d.setMacAddress(String.format("02:00:00:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
            d.setIpAddresses(List.of("10.%d.%d.%d".formatted((i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff)));
            d.setLocation("Room " + (i % 40));
            d.setInServiceOn(LocalDate.of(2024, 1, 1).plusDays(i % 700));
            d.getPosture().set(PostureItem.FIREWALL, new PostureCheck(Answer.YES, LocalDate.of(2026, 11, 1), null));
            csv.append(String.join(
                            ",",
                            DeviceCsvFormat.cells(d).stream()
                                    .map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                                    .toList()))
                    .append('\n');
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        DeviceImportPreview preview =
                SignIn.as(manager.getId(), () -> imports.preview(practice.getId(), "many.csv", content));
        long previewed = System.nanoTime();
        DeviceImportResult result = commit(preview, false);
        long committed = System.nanoTime();

        assertThat(preview.count(Outcome.NEW)).isEqualTo(count);
        assertThat(result).isEqualTo(new DeviceImportResult(count, 0, 0, 0));
        assertThat(deviceCount()).isEqualTo(count);
        System.out.printf(
                "%n[DeviceImportServiceIT] %,d-row CSV (%,d bytes): preview %.2f s + commit %.2f s = %.2f s%n",
                count,
                content.length,
                seconds(start, previewed),
                seconds(previewed, committed),
                seconds(start, committed));

        long exportStart = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignIn.as(manager.getId(), () -> exportAll(out));
        long exported = System.nanoTime();
        DeviceImportPreview again =
                SignIn.as(manager.getId(), () -> imports.preview(practice.getId(), "devices.csv", out.toByteArray()));
        long reviewed = System.nanoTime();
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(count);
        System.out.printf(
                "[DeviceImportServiceIT] export of %,d devices %.2f s; preview of the export (all unchanged) %.2f s%n%n",
                count, seconds(exportStart, exported), seconds(exported, reviewed));
    }

    // ---------------------------------------------------------------- helpers

    private DeviceImportPreview preview(String csv) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        return SignIn.as(manager.getId(), () -> imports.preview(practice.getId(), "devices.csv", content));
    }

    private DeviceImportPreview previewFile(String fixture) {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SignIn.as(manager.getId(), () -> imports.preview(practice.getId(), fixture, content));
    }

    private DeviceImportResult commit(DeviceImportPreview preview, boolean onlyValidRows) {
        return SignIn.as(manager.getId(), () -> imports.commit(practice.getId(), preview, onlyValidRows));
    }

    private long exportAll(ByteArrayOutputStream out) {
        try {
            return export.export(practice.getId(), DeviceFilter.NONE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Device> all() {
        return SignIn.as(
                manager.getId(),
                () -> devices.list(practice.getId(), DeviceFilter.NONE, PageRequest.of(0, 100, Sort.by("name")))
                        .getContent());
    }

    private long deviceCount() {
        return SignIn.as(manager.getId(), () -> devices.count(practice.getId()));
    }

    private Map<UUID, Long> versions() {
        return SignIn.as(
                        manager.getId(),
                        () -> devices.list(practice.getId(), DeviceFilter.NONE, Pageable.unpaged())
                                .getContent())
                .stream()
                .collect(Collectors.toMap(Device::getId, Device::getVersion));
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry where scope_id = ?", Long.class, practice.getId());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static DeviceDetails details(String name, String serial, String mac) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("PATIENT_MONITOR");
        details.setManufacturer("Philips");
        details.setModel("IntelliVue");
        details.setSerialNumber(serial);
        details.setMacAddress(mac);
        return details;
    }
}
