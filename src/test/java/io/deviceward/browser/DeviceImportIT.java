package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.browser.pages.DeviceImportPage;
import io.deviceward.browser.pages.DeviceImportPage.PreviewRow;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceService;
import io.deviceward.device.transfer.DeviceCsvFormat;
import io.deviceward.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CSV import in the browser: preview, a bad row held back, and an export that reads back unchanged. */
@IntegrationTest
class DeviceImportIT extends BrowserTestBase {
    @Autowired
    DeviceService devices;

    @Autowired
    AppUserRepository users;

    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path file : files) Files.deleteIfExists(file);
    }

    @Test
    void aRowWithABadAddressIsShownAsAnErrorAndOnlyTheValidRowsAreImported() throws IOException {
        UUID lindenhof = practiceId(LINDENHOF);
        String prefix = DeviceListIT.unique("dwi");
        String good1 = "Import " + prefix + " reception PC";
        String good2 = "Import " + prefix + " office printer";
        String bad = "Import " + prefix + " broken router";
        String badIp = "192.168.300.7";
        Path csv = csv(List.of(
                row(good1, "Workstation", "HP", "EliteDesk 800", prefix + "-1", "192.168.60.11"),
                row(bad, "Network equipment", "AVM", "FRITZ!Box 7590", prefix + "-2", badIp),
                row(good2, "printer_scanner", "Brother", "HL-L5100", prefix + "-3", "192.168.60.12 192.168.60.13")));

        signIn("manager.lindenhof");
        DeviceImportPage importing = DeviceListPage.open(browser, lindenhof).importDevices();
        importing.upload(csv);

        importing.waitForPreview();
        assertThat(importing.summary()).isEqualTo("2 new, 0 updates, 0 unchanged, 1 error");
        List<PreviewRow> rows = importing.waitForPreviewRows(3);
        assertThat(rows)
                .extracting(r -> r.name() + ": " + r.outcome())
                .containsExactly(good1 + ": New", bad + ": Error", good2 + ": New");
        assertThat(rows.get(1).details())
                .contains("Row 3")
                .contains("ipAddresses")
                .contains(badIp);
        assertThat(importing.canImportEverything())
                .as("import everything, with an error row")
                .isFalse();
        assertThat(importing.offersImportOfValidRows()).isTrue();
        assertThat(importing.importValidRowsLabel()).contains("(2)");

        DeviceListPage registry = importing.importValidRows();
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/devices");
        registry.search(prefix);
        registry.waitForDevicesNamed(good1, good2);

        assertThat(names(lindenhof, prefix)).containsExactlyInAnyOrder(good1, good2);
        assertThat(jdbc.queryForObject(
                        "select ip_addresses from device where practice_id = ? and serial_number = ?",
                        String.class,
                        lindenhof.toString(),
                        prefix + "-3"))
                .contains("192.168.60.12")
                .contains("192.168.60.13");
    }

    @Test
    void anExportOfTheFilteredListImportsBackWithNothingChanged() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        String prefix = DeviceListIT.unique("dwx");
        List<Device> created = List.of(
                DeviceListIT.create(
                        devices, users, lindenhof, "Export " + prefix + " alpha", prefix + "-1", Answer.YES),
                DeviceListIT.create(devices, users, lindenhof, "Export " + prefix + " beta", prefix + "-2", Answer.NO),
                DeviceListIT.create(
                        devices, users, lindenhof, "Export " + prefix + " gamma", prefix + "-3", Answer.UNKNOWN));
        Map<String, Long> versionsBefore = versions(lindenhof, prefix);
        long auditBefore = auditEntries(versionsBefore.keySet());
        assertThat(versionsBefore).hasSize(3);

        signIn("manager.lindenhof");
        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");
        String unfiltered = registry.exportHref();
        registry.search(prefix);
        registry.waitForDevicesNamed(created.stream().map(Device::getName).toList());
        browser.waitUntil("the export link to follow the filter", d -> {
            String href = registry.exportHref();
            return href != null && !href.equals(unfiltered);
        });

        // Downloaded over HTTP with the browser's session cookie, as the link would.
        byte[] export = registry.downloadExport();
        String text = new String(export, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("header and the three filtered devices").hasSize(4);
        assertThat(lines.get(0).replace("\uFEFF", "")).startsWith("name,category,manufacturer,model");
        assertThat(text)
                .contains(prefix + "-1")
                .contains(prefix + "-2")
                .contains(prefix + "-3")
                .doesNotContain("Autoclave Room 2");
        Path file = Files.createTempFile("dw-export-", ".csv");
        files.add(file);
        Files.write(file, export);

        DeviceImportPage importing = registry.importDevices();
        importing.upload(file);
        importing.waitForPreview();
        assertThat(importing.summary()).isEqualTo("0 new, 0 updates, 3 unchanged, 0 errors");
        List<PreviewRow> rows = importing.waitForPreviewRows(3);
        assertThat(rows).extracting(PreviewRow::outcome).containsOnly("Unchanged");
        assertThat(importing.offersImportOfValidRows()).isFalse();

        importing.importEverything();

        assertThat(versions(lindenhof, prefix))
                .as("versions after importing the export")
                .isEqualTo(versionsBefore);
        assertThat(auditEntries(versionsBefore.keySet()))
                .as("audit entries after importing the export")
                .isEqualTo(auditBefore);
    }

    // ---- the CSV file -------------------------------------------------------------------------------

    private static Map<String, String> row(
            String name, String category, String manufacturer, String model, String serial, String ips) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("category", category);
        row.put("manufacturer", manufacturer);
        row.put("model", model);
        row.put("serialNumber", serial);
        row.put("location", "Ground floor");
        row.put("ipAddresses", ips);
        row.put("status", "IN_SERVICE");
        row.put("posture.firewall.state", "YES");
        return row;
    }

    /** A CSV file in the template's format: every column in the template's order, then one line per row. */
    private Path csv(List<Map<String, String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", DeviceCsvFormat.COLUMNS)).append("\r\n");
        for (Map<String, String> row : rows) {
            text.append(DeviceCsvFormat.COLUMNS.stream()
                            .map(c -> quote(row.getOrDefault(c, "")))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        Path file = Files.createTempFile("dw-import-", ".csv");
        files.add(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String value) {
        return value.matches(".*[\",\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    // ---- the database -------------------------------------------------------------------------------

    private List<String> names(UUID practiceId, String prefix) {
        return jdbc.queryForList(
                "select name from device where practice_id = ? and name like ?",
                String.class,
                practiceId.toString(),
                "%" + prefix + "%");
    }

    private Map<String, Long> versions(UUID practiceId, String prefix) {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.query(
                "select id, version from device where practice_id = ? and serial_number like ? order by id",
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                },
                practiceId.toString(),
                prefix + "%");
        return versions;
    }

    /** The audit entries about these devices (each is audited under its id). */
    private long auditEntries(Collection<String> deviceIds) {
        long total = 0;
        for (String id : deviceIds) {
            Long count = jdbc.queryForObject(
                    "select count(*) from audit_entry where object_type = 'Device' and object_id = ?", Long.class, id);
            total += count == null ? 0 : count;
        }
        return total;
    }
}
