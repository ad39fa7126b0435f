package io.deviceward.device;

import io.deviceward.device.DeviceImportPreview.Format;
import io.deviceward.device.DeviceImportPreview.Source;
import io.deviceward.device.transfer.DeviceCsvFormat;
import io.deviceward.device.transfer.DeviceCsvReader;
import io.deviceward.device.transfer.NmapXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An uploaded file as import rows ({@link Source}): which format it is, and each CSV row or nmap host
 * with the columns it speaks for. Reading only; what the rows do is {@link DeviceImportService}'s.
 */
final class DeviceImportSources {
    private DeviceImportSources() {}

    static Format detect(String fileName, byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        if (start.startsWith("<")) return Format.NMAP_XML;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        return name.endsWith(".xml") ? Format.NMAP_XML : Format.CSV;
    }

    static List<Source> read(Format format, byte[] content) {
        return format == Format.CSV ? csvSources(content) : nmapSources(content);
    }

    private static List<Source> csvSources(byte[] content) {
        DeviceCsvReader.Sheet sheet = DeviceCsvReader.read(content);
        List<Source> sources = new ArrayList<>(sheet.rows().size());
        for (DeviceCsvReader.Row row : sheet.rows()) {
            // An empty cell in a column that always has a value does not speak for that field.
            Set<String> columns = sheet.columns().stream()
                    .filter(c -> !(DeviceCsvFormat.DEFAULTED_COLUMNS.contains(c) && row.value(c) == null))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            sources.add(new Source(
                    row.number(),
                    "Row " + row.number(),
                    false,
                    row.details() == null ? null : DeviceCsvFormat.cells(row.details()),
                    row.errors(),
                    columns,
                    row.value("name"),
                    row.value("serialNumber"),
                    row.value("macAddress")));
        }
        return sources;
    }

    private static List<Source> nmapSources(byte[] content) {
        NmapXmlReader.Scan scan = NmapXmlReader.read(content);
        List<Source> sources = new ArrayList<>(scan.hosts().size());
        for (NmapXmlReader.Host host : scan.hosts()) {
            Set<String> columns = new LinkedHashSet<>(List.of("ipAddresses"));
            if (host.macAddress() != null) columns.add("macAddress");
            if (host.hostname() != null) columns.add("hostname");
            DeviceDetails details = host.toDetails(scan.scannedOn());
            sources.add(new Source(
                    host.line(),
                    "Host " + host.label() + " (line " + host.line() + ")",
                    true,
                    DeviceCsvFormat.cells(details),
                    Map.of(),
                    columns,
                    details.getName(),
                    null,
                    host.macAddress()));
        }
        return sources;
    }
}
