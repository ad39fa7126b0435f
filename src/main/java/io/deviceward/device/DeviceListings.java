package io.deviceward.device;

import io.deviceward.device.DeviceSpecifications.SearchTerms;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of the registry as plain SQL, for {@link DeviceService#listing}. The registry's list is read on every
 * API page call, and in a practice's session Hibernate translates a criteria query again on every call (its
 * tenant filter stops it from keeping the translation) and then builds entities that nobody changes: in the JFR
 * profile that was a fifth of a list call's CPU. The practice is in the {@code where} clause here (no tenant
 * filter applies to plain SQL); the filter means exactly what {@link DeviceSpecifications} makes of it
 * ({@code DeviceListingsIT} compares the two). See docs/decisions/2026-12-01-resilience.md.
 */
@Component
class DeviceListings {
    /** The columns a page may be sorted by, by the property the API and the grid name them with. */
    static final Map<String, String> SORT_COLUMNS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("category", "category"),
            Map.entry("manufacturer", "manufacturer"),
            Map.entry("model", "model"),
            Map.entry("serialNumber", "serial_number"),
            Map.entry("location", "location"),
            Map.entry("status", "status"),
            Map.entry("criticality", "criticality"),
            Map.entry("hostname", "hostname"),
            Map.entry("macAddress", "mac_address"),
            Map.entry("id", "id"));

    private final JdbcClient jdbc;

    DeviceListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The devices of the practice that match, in the sort's order, from offset; at most limit. Deep pages as a
     * deferred join inside the one statement: the ids from the index first, then only those rows.
     */
    <T extends DeviceDetails> List<T> page(
            UUID practiceId,
            DeviceFilter filter,
            Sort sort,
            long offset,
            int limit,
            boolean deep,
            BiFunction<UUID, Long, T> newDevice) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(practiceId, filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        String sql = deep
                ? "select " + PREFIXED_COLUMNS + " from device d join (select id, " + sortColumns(sort)
                        + " from device where " + where
                        + " order by " + orderBy(sort, "") + " limit :limit offset :offset) page on page.id = d.id"
                        + " order by " + orderBy(sort, "page.")
                : "select " + COLUMNS + " from device where " + where + " order by " + orderBy(sort, "")
                        + " limit :limit offset :offset";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> read(rs, newDevice))
                .list();
    }

    private static String where(UUID practiceId, DeviceFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("practice_id = :practice");
        params.put("practice", practiceId.toString());
        SearchTerms terms = SearchTerms.of(filter.text(), practiceId);
        if (terms.fullText() != null) {
            where.add("match(search_words) against(:words in boolean mode) > 0");
            params.put("words", terms.fullText());
        }
        for (int i = 0; i < terms.fragments().size(); i++) {
            where.add("search_text like :fragment" + i + " escape '\\\\'");
            params.put("fragment" + i, "%" + terms.fragments().get(i).replace("_", "\\_") + "%");
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.add("category = :category");
            params.put("category", filter.category());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.segmentId() != null) {
            where.add("segment_id = :segment");
            params.put("segment", filter.segmentId().toString());
        }
        if (filter.gap() != null) {
            where.add(
                    switch (filter.gap()) {
                        case FIREWALL_OFF -> stateColumn(PostureItem.FIREWALL) + " = 'NO'";
                        case NOT_IN_BACKUPS -> stateColumn(PostureItem.BACKUP) + " = 'NO'";
                        case POSTURE_UNKNOWN ->
                            Arrays.stream(PostureItem.values())
                                    .map(item -> stateColumn(item) + " = 'UNKNOWN'")
                                    .collect(Collectors.joining(" or ", "(", ")"));
                    });
        }
        return String.join(" and ", where);
    }

    private static String orderBy(Sort sort, String table) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            orders.add(table + sortColumn(order) + (order.isAscending() ? " asc" : " desc"));
        }
        return String.join(", ", orders);
    }

    /** The sort's columns other than id, for the deferred join's inner select. */
    private static String sortColumns(Sort sort) {
        return sort.stream()
                .map(DeviceListings::sortColumn)
                .filter(column -> !column.equals("id"))
                .distinct()
                .collect(Collectors.joining(", "))
                .transform(columns -> columns.isEmpty() ? "name" : columns);
    }

    private static String sortColumn(Sort.Order order) {
        String column = SORT_COLUMNS.get(order.getProperty());
        if (column == null) throw new IllegalArgumentException("Not sortable: " + order.getProperty());
        return column;
    }

    /** posture_firewall_state and so on: the embedded posture's columns (component path naming), by item. */
    private static final Map<PostureItem, String[]> POSTURE_COLUMNS = Arrays.stream(PostureItem.values())
            .collect(Collectors.toMap(item -> item, item -> {
                String prefix =
                        "posture_" + item.key().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT) + "_";
                return new String[] {prefix + "state", prefix + "checked_on", prefix + "note"};
            }));

    private static final IpListConverter ADDRESSES = new IpListConverter();

    private static String stateColumn(PostureItem item) {
        return POSTURE_COLUMNS.get(item)[0];
    }

    /** What a row is read from, in this order (by index: the driver's look-up by name was a third of the read). */
    private static final String COLUMNS = Stream.concat(
                    Stream.of(
                            "id",
                            "version",
                            "name",
                            "category",
                            "manufacturer",
                            "model",
                            "serial_number",
                            "location",
                            "responsible_person",
                            "vendor_support_contact",
                            "hostname",
                            "ip_addresses",
                            "mac_address",
                            "connection",
                            "segment_id",
                            "firmware_version",
                            "firmware_updated_on",
                            "operating_system",
                            "os_end_of_support",
                            "stores_patient_data",
                            "remote_access",
                            "criticality",
                            "udi",
                            "device_class",
                            "status",
                            "planned_on",
                            "in_service_on",
                            "out_of_service_on",
                            "decommissioned_on",
                            "disposal_method",
                            "disposed_by",
                            "notes",
                            "posture_last_successful_backup"),
                    Arrays.stream(PostureItem.values()).flatMap(item -> Arrays.stream(POSTURE_COLUMNS.get(item))))
            .collect(Collectors.joining(", "));

    /** The same columns of the deferred join's outer select. */
    private static final String PREFIXED_COLUMNS = "d." + COLUMNS.replace(", ", ", d.");

    private static <T extends DeviceDetails> T read(ResultSet rs, BiFunction<UUID, Long, T> newDevice)
            throws SQLException {
        T device = newDevice.apply(UUID.fromString(rs.getString(1)), rs.getLong(2));
        device.setName(rs.getString(3));
        device.setCategory(rs.getString(4));
        device.setManufacturer(rs.getString(5));
        device.setModel(rs.getString(6));
        device.setSerialNumber(rs.getString(7));
        device.setLocation(rs.getString(8));
        device.setResponsiblePerson(rs.getString(9));
        device.setVendorSupportContact(rs.getString(10));
        device.setHostname(rs.getString(11));
        device.setIpAddresses(new ArrayList<>(ADDRESSES.convertToEntityAttribute(rs.getString(12))));
        device.setMacAddress(rs.getString(13));
        device.setConnection(value(rs.getString(14), ConnectionType::valueOf));
        device.setSegmentId(value(rs.getString(15), UUID::fromString));
        device.setFirmwareVersion(rs.getString(16));
        device.setFirmwareUpdatedOn(date(rs, 17));
        device.setOperatingSystem(rs.getString(18));
        device.setOsEndOfSupport(date(rs, 19));
        device.setStoresPatientData(value(rs.getString(20), Answer::valueOf));
        device.setRemoteAccess(value(rs.getString(21), RemoteAccess::valueOf));
        device.setCriticality(value(rs.getString(22), Criticality::valueOf));
        device.setUdi(rs.getString(23));
        device.setDeviceClass(rs.getString(24));
        device.setStatus(value(rs.getString(25), DeviceStatus::valueOf));
        device.setPlannedOn(date(rs, 26));
        device.setInServiceOn(date(rs, 27));
        device.setOutOfServiceOn(date(rs, 28));
        device.setDecommissionedOn(date(rs, 29));
        device.setDisposalMethod(value(rs.getString(30), DisposalMethod::valueOf));
        device.setDisposedBy(rs.getString(31));
        device.setNotes(rs.getString(32));
        Posture posture = new Posture();
        posture.setLastSuccessfulBackup(date(rs, 33));
        int column = 34;
        for (PostureItem item : PostureItem.values()) {
            posture.set(
                    item,
                    new PostureCheck(
                            value(rs.getString(column), Answer::valueOf),
                            date(rs, column + 1),
                            rs.getString(column + 2)));
            column += 3;
        }
        device.setPosture(posture);
        return device;
    }

    private static <T> T value(String column, Function<String, T> parse) {
        return column == null ? null : parse.apply(column);
    }

    /** As a LocalDate straight from the driver: through java.sql.Date it went via the JVM's calendar (5 % of a call). */
    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
