package io.deviceward.device;

import io.deviceward.device.DeviceImportPreview.Format;
import io.deviceward.device.DeviceImportPreview.Outcome;
import io.deviceward.device.DeviceImportPreview.Row;
import io.deviceward.device.DeviceImportPreview.Source;
import io.deviceward.device.transfer.DeviceCsvFormat;
import io.deviceward.device.transfer.NmapXmlReader;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports devices from a CSV file (see {@link DeviceCsvFormat}) or an nmap scan (see
 * {@link NmapXmlReader}) in two steps: {@link #preview} says row by row what would happen,
 * {@link #commit} does it, all or nothing.
 *
 * <p>Every row is held to the rules of {@link DeviceService}: the same Bean Validation, addresses
 * normalised, a category of the practice, disposal recorded for decommissioned devices, serial
 * number and MAC unique in the practice (and in the file).
 *
 * <p>Matching (serial numbers and names compared like the database does, ignoring case and accents):
 * a row belongs to the existing device with the same serial number, else the same MAC address. A
 * CSV row with neither belongs to the device of the same name, unless that device's serial number or
 * MAC contradicts the row (it has one, and the file has that column); among several such devices, to
 * the one the row leaves unchanged (so an exported file reads back UNCHANGED), else it is an error.
 * An nmap host that matches no MAC belongs to the single device that has one of its IP addresses, if
 * that device has no MAC recorded or the scan saw none (a scan across a router does not see MACs).
 * A matched row updates only what it speaks for and keeps the rest of the device (see
 * {@link DeviceImportMerge}).
 * A matched row that would change nothing is UNCHANGED and is not written, so importing the same
 * file twice writes nothing (and adds no audit entries) the second time.
 */
@Service
@PracticeScoped
public class DeviceImportService {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final int QUERY_CHUNK = 1000;

    private final DeviceRepository devices;
    private final DeviceCategories categories;
    private final Validator validator;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    DeviceImportService(DeviceRepository devices, DeviceCategories categories, Validator validator, Clock clock) {
        this.devices = devices;
        this.categories = categories;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Reads the file and says what importing it would do; writes nothing. A problem with the file as a
     * whole (too large, too many rows, unknown columns, not CSV or nmap XML) throws
     * {@link InvalidInputException} with field "file"; problems of single rows are ERROR rows.
     */
    @CanEditPractice
    @Transactional(readOnly = true)
    public DeviceImportPreview preview(UUID practiceId, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(
                    "file",
                    "The file is larger than 5 MB ("
                            + String.format(Locale.ROOT, "%.1f MB", content.length / 1024.0 / 1024.0)
                            + "); split it into smaller files");
        }
        Format format = DeviceImportSources.detect(fileName, content);
        List<Source> sources = DeviceImportSources.read(format, content);
        return new DeviceImportPreview(
                practiceId, fileName, format, analyse(practiceId, sources).rows());
    }

    /**
     * Creates the NEW rows' devices and applies the UPDATE rows, in one transaction. Refused
     * ({@link InvalidInputException}, nothing written) if the preview has errors and
     * {@code onlyValidRows} is false. Works the rows out again first: if any device matched, created or
     * changed since the preview would make a row come out differently, throws
     * {@link ConcurrentChangeException} and writes nothing.
     */
    @CanEditPractice
    @Transactional
    public DeviceImportResult commit(UUID practiceId, DeviceImportPreview preview, boolean onlyValidRows) {
        Objects.requireNonNull(preview, "preview");
        if (!practiceId.equals(preview.practiceId())) {
            throw new InvalidInputException(
                    "file", "This preview was made for another practice: upload the file again");
        }
        int errors = preview.count(Outcome.ERROR);
        if (errors > 0 && !onlyValidRows) {
            throw new InvalidInputException(
                    "file",
                    (errors == 1 ? "1 row has an error" : errors + " rows have errors")
                            + ". Correct the file and upload it again, or import only the valid rows.");
        }
        Analysis now =
                analyse(practiceId, preview.rows().stream().map(Row::source).toList());
        for (int i = 0; i < now.rows().size(); i++) {
            Row before = preview.rows().get(i);
            Row after = now.rows().get(i);
            if (before.outcome() == Outcome.ERROR) continue; // shown as an error: skipped, whatever it would be now
            if (before.outcome() != after.outcome()
                    || !before.deviceId().equals(after.deviceId())
                    || !before.deviceVersion().equals(after.deviceVersion())) {
                throw new ConcurrentChangeException(before.deviceName()
                        .or(after::deviceName)
                        .map(name -> "Device \"" + name + "\"")
                        .orElse("The device registry"));
            }
        }
        LocalDate today = today();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < now.rows().size(); i++) {
            if (preview.rows().get(i).outcome() == Outcome.ERROR) continue;
            Row row = now.rows().get(i);
            switch (row.outcome()) {
                case NEW -> {
                    Device device = new Device(clock.instant());
                    device.apply(details(row.cells()), today);
                    entityManager.persist(device);
                    created++;
                }
                case UPDATE -> {
                    now.devices().get(row.deviceId().orElseThrow()).apply(details(row.cells()), today);
                    updated++;
                }
                case UNCHANGED -> unchanged++;
                case ERROR -> throw new IllegalStateException("checked above");
            }
        }
        try {
            devices.flush();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone saved a matched device, or took a serial number or MAC, after the check above.
            throw new ConcurrentChangeException("The device registry");
        }
        return new DeviceImportResult(created, updated, unchanged, errors);
    }

    // ---------------------------------------------------------------- working out the rows

    /** The rows, and the existing devices they matched by id (managed in the current transaction). */
    private record Analysis(List<Row> rows, Map<UUID, Device> devices) {}

    /** A source row checked on its own: normalised details, or the errors. */
    private record Prepared(
            Source source, DeviceDetails details, Map<String, String> errors, String serialKey, String mac) {}

    private Analysis analyse(UUID practiceId, List<Source> sources) {
        LocalDate today = today();
        List<DeviceCategory> available = categories.forPractice(practiceId);
        Set<String> knownCodes = available.stream().map(DeviceCategory::getCode).collect(Collectors.toSet());
        Map<String, String> categoryByText = new HashMap<>();
        available.forEach(c -> categoryByText.put(c.getCode().toLowerCase(Locale.ROOT), c.getCode()));
        available.forEach(c -> categoryByText.putIfAbsent(c.getLabel().strip().toLowerCase(Locale.ROOT), c.getCode()));

        List<Prepared> prepared = new ArrayList<>(sources.size());
        for (Source source : sources) prepared.add(prepare(source, categoryByText, knownCodes));

        // The existing devices that can matter, in a few queries rather than one per row.
        Map<UUID, Device> existing = new LinkedHashMap<>();
        if (sources.stream().anyMatch(Source::scan)) {
            devices.findAll().forEach(d -> existing.put(d.getId(), d));
        } else {
            List<String> serials = prepared.stream()
                    .filter(p -> p.details() != null && p.serialKey() != null)
                    .map(p -> p.details().getSerialNumber())
                    .distinct()
                    .toList();
            List<String> macs = prepared.stream()
                    .filter(p -> p.details() != null && p.mac() != null)
                    .map(Prepared::mac)
                    .distinct()
                    .toList();
            List<String> names = prepared.stream()
                    .filter(p -> p.details() != null && p.serialKey() == null && p.mac() == null)
                    .map(p -> p.details().getName().strip())
                    .distinct()
                    .toList();
            for (List<String> chunk : chunks(serials))
                devices.findBySerialNumberIn(chunk).forEach(d -> existing.put(d.getId(), d));
            for (List<String> chunk : chunks(macs))
                devices.findByMacAddressIn(chunk).forEach(d -> existing.put(d.getId(), d));
            for (List<String> chunk : chunks(names)) {
                devices.findAll((root, query, cb) -> root.get("name").in(chunk))
                        .forEach(d -> existing.put(d.getId(), d));
            }
        }
        Map<String, Device> bySerial = new HashMap<>();
        Map<String, Device> byMac = new HashMap<>();
        Map<String, List<Device>> byIp = new HashMap<>();
        Map<String, List<Device>> byName = new HashMap<>();
        for (Device device : existing.values()) {
            byName.computeIfAbsent(key(device.getName()), k -> new ArrayList<>())
                    .add(device);
            if (key(device.getSerialNumber()) != null) bySerial.put(key(device.getSerialNumber()), device);
            if (device.getMacAddress() != null) byMac.put(device.getMacAddress(), device);
            device.getIpAddresses()
                    .forEach(ip ->
                            byIp.computeIfAbsent(ip, k -> new ArrayList<>()).add(device));
        }

        Map<String, String> fileSerials = new HashMap<>(); // serial key -> prefix of the first row with it
        Map<String, String> fileMacs = new HashMap<>();
        Map<UUID, String> claimed = new HashMap<>();
        List<Row> rows = new ArrayList<>(sources.size());
        for (Prepared p : prepared) {
            Source source = p.source();
            if (!p.errors().isEmpty()) {
                Map<String, String> errors = new LinkedHashMap<>(p.errors());
                duplicateInFile(p.serialKey(), p.mac(), source, fileSerials, fileMacs, errors);
                rows.add(error(source, errors));
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            DeviceDetails details = p.details();
            Device match = p.serialKey() == null ? null : bySerial.get(p.serialKey());
            if (match == null && p.mac() != null) {
                Device owner = byMac.get(p.mac());
                if (owner != null && p.serialKey() != null && owner.getSerialNumber() != null) {
                    errors.put(
                            "macAddress",
                            p.mac() + " belongs to \"" + owner.getName() + "\", whose serial number is "
                                    + owner.getSerialNumber() + ", not " + details.getSerialNumber());
                } else {
                    match = owner;
                }
            }
            if (match == null && errors.isEmpty() && source.scan()) {
                Set<Device> candidates = new LinkedHashSet<>();
                for (String ip : details.getIpAddresses()) {
                    for (Device device : byIp.getOrDefault(ip, List.of())) {
                        if (p.mac() == null || device.getMacAddress() == null) candidates.add(device);
                    }
                }
                if (candidates.size() == 1) {
                    match = candidates.iterator().next();
                } else if (candidates.size() > 1) {
                    errors.put(
                            "ipAddresses",
                            String.join(" ", details.getIpAddresses()) + " is recorded for " + candidates.size()
                                    + " devices ("
                                    + candidates.stream()
                                            .map(d -> "\"" + d.getName() + "\"")
                                            .collect(Collectors.joining(", "))
                                    + "); record their MAC addresses to tell them apart");
                }
            }

            if (match == null && errors.isEmpty() && !source.scan() && p.serialKey() == null && p.mac() == null) {
                // Neither serial number nor MAC: the device of the same name, unless its serial number or MAC
                // says otherwise (or, among several, the one the row leaves unchanged, as after an export).
                List<Device> sameName = byName.getOrDefault(key(details.getName()), List.of()).stream()
                        .filter(d -> !claimed.containsKey(d.getId()))
                        .filter(d ->
                                d.getSerialNumber() == null || !source.columns().contains("serialNumber"))
                        .filter(d ->
                                d.getMacAddress() == null || !source.columns().contains("macAddress"))
                        .toList();
                if (sameName.size() == 1) {
                    match = sameName.getFirst();
                } else if (sameName.size() > 1) {
                    match = sameName.stream()
                            .filter(d -> DeviceImportMerge.changes(
                                            d, DeviceImportMerge.merge(d, source, details), today)
                                    .isEmpty())
                            .findFirst()
                            .orElse(null);
                    if (match == null) {
                        errors.put(
                                "name",
                                sameName.size() + " devices are called \""
                                        + details.getName().strip()
                                        + "\" and the row has no serial number or MAC address to tell which one it means");
                    }
                }
            }

            DeviceDetails candidate = details;
            if (match != null && errors.isEmpty()) {
                candidate = DeviceImportMerge.merge(match, source, details);
                validate(candidate, errors);
                if (!errors.containsKey("category")
                        && !knownCodes.contains(candidate.getCategory().strip())) {
                    errors.put("category", unknownCategory(candidate.getCategory(), knownCodes));
                }
            }
            if (candidate.getStatus() == DeviceStatus.DECOMMISSIONED) {
                DeviceService.disposalProblems(candidate.getDisposalMethod(), candidate.getDisposedBy())
                        .forEach(errors::putIfAbsent);
            }
            String serialKey = key(candidate.getSerialNumber());
            String mac = candidate.getMacAddress();
            duplicateInFile(serialKey, mac, source, fileSerials, fileMacs, errors);
            if (match != null) {
                String earlier = claimed.putIfAbsent(match.getId(), source.prefix());
                if (earlier != null) {
                    errors.putIfAbsent("", earlier + " already matches the device \"" + match.getName() + "\"");
                }
            }
            Device serialOwner = serialKey == null ? null : bySerial.get(serialKey);
            if (serialOwner != null && serialOwner != match) {
                errors.putIfAbsent(
                        "serialNumber",
                        "Another device in this practice already has serial number " + candidate.getSerialNumber()
                                + " (\"" + serialOwner.getName() + "\")");
            }
            Device macOwner = mac == null ? null : byMac.get(mac);
            if (macOwner != null && macOwner != match) {
                errors.putIfAbsent(
                        "macAddress",
                        "Another device in this practice already has MAC address " + mac + " (\"" + macOwner.getName()
                                + "\")");
            }

            if (!errors.isEmpty()) {
                rows.add(error(source, errors));
            } else if (match == null) {
                rows.add(new Row(source, Outcome.NEW, null, List.of(), null, DeviceCsvFormat.cells(candidate)));
            } else {
                List<String> changed = DeviceImportMerge.changes(match, candidate, today);
                rows.add(new Row(
                        source,
                        changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE,
                        match,
                        changed,
                        null,
                        DeviceCsvFormat.cells(candidate)));
            }
        }
        Map<UUID, Device> matched = new HashMap<>();
        for (Row row : rows) row.deviceId().ifPresent(id -> matched.put(id, existing.get(id)));
        return new Analysis(rows, matched);
    }

    /** Bean Validation, addresses normalised, category resolved (by code or label, any case). */
    private Prepared prepare(Source source, Map<String, String> categoryByText, Set<String> knownCodes) {
        Map<String, String> errors = new LinkedHashMap<>(source.errors());
        DeviceDetails details = null;
        if (source.cells() != null) {
            details = DeviceCsvFormat.fromCells(source.cellMap(), errors);
            validate(details, errors);
            if (!errors.containsKey("ipAddresses") && !errors.containsKey("macAddress")) {
                try {
                    DeviceService.normalise(details);
                } catch (InvalidInputException e) {
                    errors.putIfAbsent(e.field(), e.getMessage());
                }
            }
            String category = details.getCategory();
            if (category != null && !category.isBlank() && !errors.containsKey("category")) {
                String code = categoryByText.get(category.strip().toLowerCase(Locale.ROOT));
                if (code == null) {
                    errors.put("category", unknownCategory(category, knownCodes));
                } else {
                    details.setCategory(code);
                }
            }
        }
        String serial = details != null ? details.getSerialNumber() : source.serialNumber();
        String mac = details != null && !errors.containsKey("macAddress")
                ? blankToNull(details.getMacAddress())
                : NetworkAddresses.mac(source.macAddress()).orElse(null);
        return new Prepared(source, errors.isEmpty() ? details : null, errors, key(serial), mac);
    }

    private void validate(DeviceDetails details, Map<String, String> errors) {
        List<ConstraintViolation<DeviceDetails>> violations = new ArrayList<>(validator.validate(details));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<DeviceDetails> violation : violations) {
            String field = violation.getPropertyPath().toString();
            String message = violation.getMessage();
            if (field.equals("macAddress")) {
                message =
                        "\"" + Objects.toString(violation.getInvalidValue(), "").strip()
                                + "\" is not a MAC address such as 00:1a:2b:3c:4d:5e";
            }
            errors.putIfAbsent(field, message);
        }
    }

    private static void duplicateInFile(
            String serialKey,
            String mac,
            Source source,
            Map<String, String> fileSerials,
            Map<String, String> fileMacs,
            Map<String, String> errors) {
        if (serialKey != null) {
            String earlier = fileSerials.putIfAbsent(serialKey, source.prefix());
            if (earlier != null) errors.putIfAbsent("serialNumber", earlier + " has the same serial number");
        }
        if (mac != null) {
            String earlier = fileMacs.putIfAbsent(mac, source.prefix());
            if (earlier != null) errors.putIfAbsent("macAddress", earlier + " has the same MAC address " + mac);
        }
    }

    private static Row error(Source source, Map<String, String> errors) {
        String reason = source.prefix() + ", "
                + DeviceCsvFormat.sortedByColumn(errors).entrySet().stream()
                        .map(e -> DeviceCsvFormat.COLUMNS.contains(e.getKey())
                                ? e.getKey() + ": " + e.getValue()
                                : e.getValue())
                        .collect(Collectors.joining("; "));
        return new Row(source, Outcome.ERROR, null, List.of(), reason, null);
    }

    private static String unknownCategory(String category, Set<String> knownCodes) {
        return DeviceService.unknownCategory(category, knownCodes);
    }

    private static DeviceDetails details(List<String> cells) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < DeviceCsvFormat.COLUMNS.size(); i++) map.put(DeviceCsvFormat.COLUMNS.get(i), cells.get(i));
        return DeviceCsvFormat.fromCells(map, new LinkedHashMap<>());
    }

    /**
     * How the database compares serial numbers: its collation ignores case and accents, so "ab-1" and
     * "AB-1" are the same serial number there and must be here.
     */
    static String key(String serial) {
        if (serial == null || serial.isBlank()) return null;
        return Normalizer.normalize(serial.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += QUERY_CHUNK)
            chunks.add(values.subList(i, Math.min(values.size(), i + QUERY_CHUNK)));
        return chunks;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
