package io.deviceward.device.transfer;

import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.device.NetworkAddresses;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureItem;
import io.deviceward.device.RemoteAccess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The device CSV: one column per {@link DeviceDetails} field, named like the JSON property, in the
 * fixed order of {@link #COLUMNS}, and the canonical text of each field. {@link DeviceCsvWriter} writes
 * it and {@link DeviceCsvReader} reads it back to the same details.
 *
 * <p>Cells: dates as yyyy-MM-dd, choices by their name (IN_SERVICE, WIFI), several IP addresses
 * separated by a single space, empty cell for "not set". Read back leniently: choices by name or label
 * in any case ("Wi-Fi", "in service"), IP addresses separated by commas, semicolons or spaces.
 */
public final class DeviceCsvFormat {
    /** The most rows one file may have (besides the header). */
    public static final int MAX_ROWS = 20_000;
    /** Columns that must be present in the header (their cells are required, too). */
    public static final List<String> REQUIRED_COLUMNS = List.of("name", "category", "manufacturer", "model");
    /** Columns whose field always has a value: an empty cell means the default, or "keep" on an update. */
    public static final Set<String> DEFAULTED_COLUMNS;

    private static final Map<Class<?>, Map<String, Enum<?>>> CHOICES = new HashMap<>();
    private static final List<Column> COLUMN_DEFINITIONS = columns();
    private static final Map<String, Column> BY_LOWER_NAME = COLUMN_DEFINITIONS.stream()
            .collect(Collectors.toUnmodifiableMap(c -> c.name.toLowerCase(Locale.ROOT), c -> c));
    /** Every column, in the order the export writes them. */
    public static final List<String> COLUMNS =
            COLUMN_DEFINITIONS.stream().map(c -> c.name).toList();

    static {
        Set<String> defaulted = new LinkedHashSet<>(List.of("storesPatientData", "status"));
        for (PostureItem item : PostureItem.values()) defaulted.add(postureColumn(item, "state"));
        DEFAULTED_COLUMNS = Collections.unmodifiableSet(defaulted);
    }

    private DeviceCsvFormat() {}

    /** The canonical text of every column, in {@link #COLUMNS} order; "" for not set. */
    public static List<String> cells(DeviceDetails details) {
        List<String> cells = new ArrayList<>(COLUMN_DEFINITIONS.size());
        for (Column column : COLUMN_DEFINITIONS) {
            String text = column.getter.apply(details);
            cells.add(text == null ? "" : text);
        }
        return cells;
    }

    /** The canonical text of every column by name. */
    public static Map<String, String> cellMap(DeviceDetails details) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> cells = cells(details);
        for (int i = 0; i < COLUMNS.size(); i++) map.put(COLUMNS.get(i), cells.get(i));
        return map;
    }

    /**
     * Details from column texts (missing columns and empty cells are not set). Cell errors go into
     * {@code errors} by column; the details are then incomplete and should not be used.
     */
    public static DeviceDetails fromCells(Map<String, String> cells, Map<String, String> errors) {
        DeviceDetails details = new DeviceDetails();
        for (Column column : COLUMN_DEFINITIONS) {
            String text = cells.get(column.name);
            if (text == null || text.isBlank()) continue;
            try {
                column.setter.accept(details, text.strip());
            } catch (CellException e) {
                errors.put(column.name, e.getMessage());
            }
        }
        return details;
    }

    /** Errors in column order, so a row's reasons always read the same way. */
    public static Map<String, String> sortedByColumn(Map<String, String> errors) {
        Map<String, String> sorted = new LinkedHashMap<>();
        errors.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> {
                    int index = COLUMNS.indexOf(e.getKey());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The canonical spelling of a header name (any case, surrounding spaces stripped); null if unknown. */
    static @Nullable String canonicalColumn(String name) {
        Column column = BY_LOWER_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        return column == null ? null : column.name;
    }

    // ---------------------------------------------------------------- columns

    private record Column(String name, Function<DeviceDetails, String> getter, CellSetter setter) {}

    @FunctionalInterface
    private interface CellSetter {
        void accept(DeviceDetails details, String text) throws CellException;
    }

    private static final class CellException extends Exception {
        CellException(String message) {
            super(message, null, false, false);
        }
    }

    static String postureColumn(PostureItem item, String part) {
        return "posture." + item.key() + "." + part;
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        text(c, "name", DeviceDetails::getName, DeviceDetails::setName);
        text(c, "category", DeviceDetails::getCategory, DeviceDetails::setCategory);
        text(c, "manufacturer", DeviceDetails::getManufacturer, DeviceDetails::setManufacturer);
        text(c, "model", DeviceDetails::getModel, DeviceDetails::setModel);
        text(c, "serialNumber", DeviceDetails::getSerialNumber, DeviceDetails::setSerialNumber);
        text(c, "location", DeviceDetails::getLocation, DeviceDetails::setLocation);
        text(c, "responsiblePerson", DeviceDetails::getResponsiblePerson, DeviceDetails::setResponsiblePerson);
        text(c, "vendorSupportContact", DeviceDetails::getVendorSupportContact, DeviceDetails::setVendorSupportContact);
        text(c, "hostname", DeviceDetails::getHostname, DeviceDetails::setHostname);
        c.add(new Column(
                "ipAddresses",
                d -> String.join(" ", d.getIpAddresses()),
                (d, t) -> d.setIpAddresses(NetworkAddresses.split(t))));
        text(c, "macAddress", DeviceDetails::getMacAddress, DeviceDetails::setMacAddress);
        choice(
                c,
                "connection",
                ConnectionType.class,
                ConnectionType::label,
                DeviceDetails::getConnection,
                DeviceDetails::setConnection);
        c.add(new Column(
                "segmentId",
                d -> d.getSegmentId() == null ? null : d.getSegmentId().toString(),
                (d, t) -> d.setSegmentId(uuid(t))));
        text(c, "firmwareVersion", DeviceDetails::getFirmwareVersion, DeviceDetails::setFirmwareVersion);
        date(c, "firmwareUpdatedOn", DeviceDetails::getFirmwareUpdatedOn, DeviceDetails::setFirmwareUpdatedOn);
        text(c, "operatingSystem", DeviceDetails::getOperatingSystem, DeviceDetails::setOperatingSystem);
        date(c, "osEndOfSupport", DeviceDetails::getOsEndOfSupport, DeviceDetails::setOsEndOfSupport);
        choice(
                c,
                "storesPatientData",
                Answer.class,
                Answer::label,
                DeviceDetails::getStoresPatientData,
                DeviceDetails::setStoresPatientData);
        choice(
                c,
                "remoteAccess",
                RemoteAccess.class,
                RemoteAccess::label,
                DeviceDetails::getRemoteAccess,
                DeviceDetails::setRemoteAccess);
        choice(
                c,
                "criticality",
                Criticality.class,
                Criticality::label,
                DeviceDetails::getCriticality,
                DeviceDetails::setCriticality);
        text(c, "udi", DeviceDetails::getUdi, DeviceDetails::setUdi);
        text(c, "deviceClass", DeviceDetails::getDeviceClass, DeviceDetails::setDeviceClass);
        choice(
                c,
                "status",
                DeviceStatus.class,
                DeviceStatus::label,
                DeviceDetails::getStatus,
                DeviceDetails::setStatus);
        date(c, "plannedOn", DeviceDetails::getPlannedOn, DeviceDetails::setPlannedOn);
        date(c, "inServiceOn", DeviceDetails::getInServiceOn, DeviceDetails::setInServiceOn);
        date(c, "outOfServiceOn", DeviceDetails::getOutOfServiceOn, DeviceDetails::setOutOfServiceOn);
        date(c, "decommissionedOn", DeviceDetails::getDecommissionedOn, DeviceDetails::setDecommissionedOn);
        choice(
                c,
                "disposalMethod",
                DisposalMethod.class,
                DisposalMethod::label,
                DeviceDetails::getDisposalMethod,
                DeviceDetails::setDisposalMethod);
        text(c, "disposedBy", DeviceDetails::getDisposedBy, DeviceDetails::setDisposedBy);
        for (PostureItem item : PostureItem.values()) {
            c.add(new Column(
                    postureColumn(item, "state"), d -> name(check(d, item).getState()), (d, t) -> {
                        Answer state = parseChoice(Answer.class, Answer::label, t);
                        updateCheck(d, item, check -> check.setState(state));
                    }));
            c.add(new Column(
                    postureColumn(item, "checkedOn"), d -> iso(check(d, item).getCheckedOn()), (d, t) -> {
                        LocalDate date = parseDate(t);
                        updateCheck(d, item, check -> check.setCheckedOn(date));
                    }));
            c.add(new Column(
                    postureColumn(item, "note"),
                    d -> check(d, item).getNote(),
                    (d, t) -> updateCheck(d, item, check -> check.setNote(t))));
        }
        c.add(new Column(
                "posture.lastSuccessfulBackup",
                d -> iso(d.getPosture().getLastSuccessfulBackup()),
                (d, t) -> d.getPosture().setLastSuccessfulBackup(parseDate(t))));
        text(c, "notes", DeviceDetails::getNotes, DeviceDetails::setNotes);
        return List.copyOf(c);
    }

    private static PostureCheck check(DeviceDetails details, PostureItem item) {
        PostureCheck check = details.getPosture().get(item);
        return check == null ? new PostureCheck() : check;
    }

    private static void updateCheck(DeviceDetails details, PostureItem item, Consumer<PostureCheck> change) {
        PostureCheck check = check(details, item).copy();
        change.accept(check);
        details.getPosture().set(item, check);
    }

    private static void text(
            List<Column> columns,
            String name,
            Function<DeviceDetails, String> getter,
            BiConsumer<DeviceDetails, String> setter) {
        columns.add(new Column(name, getter, setter::accept));
    }

    private static void date(
            List<Column> columns,
            String name,
            Function<DeviceDetails, LocalDate> getter,
            BiConsumer<DeviceDetails, LocalDate> setter) {
        columns.add(new Column(name, d -> iso(getter.apply(d)), (d, t) -> setter.accept(d, parseDate(t))));
    }

    private static <E extends Enum<E>> void choice(
            List<Column> columns,
            String name,
            Class<E> type,
            Function<E, String> label,
            Function<DeviceDetails, E> getter,
            BiConsumer<DeviceDetails, E> setter) {
        columns.add(
                new Column(name, d -> name(getter.apply(d)), (d, t) -> setter.accept(d, parseChoice(type, label, t))));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate parseDate(String text) throws CellException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellException("\"" + text + "\" is not a date in the form yyyy-MM-dd (such as 2026-11-23)");
        }
    }

    private static UUID uuid(String text) throws CellException {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CellException("\"" + text + "\" is not a segment id (a UUID such as 3f2a...-...)");
        }
    }

    /** By name or label, ignoring case; spaces, hyphens and underscores are interchangeable in names. */
    static <E extends Enum<E>> E parseChoice(Class<E> type, Function<E, String> label, String text)
            throws CellException {
        Map<String, Enum<?>> lookup;
        synchronized (CHOICES) {
            lookup = CHOICES.computeIfAbsent(type, t -> {
                Map<String, Enum<?>> map = new HashMap<>();
                for (E value : type.getEnumConstants()) {
                    map.put(choiceKey(label.apply(value)), value);
                    map.put(choiceKey(value.name()), value);
                }
                return map;
            });
        }
        Enum<?> found = lookup.get(choiceKey(text));
        if (found == null) {
            throw new CellException("\"" + text + "\" is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return type.cast(found);
    }

    private static String choiceKey(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
