package io.deviceward.bench;

import io.deviceward.bench.DeviceCatalogue.Model;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills the {@code device} table straight through JDBC with multi-row INSERTs: seeding is not the
 * code under test, and 1,000,000 rows through the service (validation, audit trail) would take
 * hours. The rows are what the service would have written: normalised MACs and IPs, status dates,
 * posture states, a serial number and MAC unique in their practice, a random (v4) UUID as id.
 */
final class DeviceSeeder {
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int ROWS_PER_COMMIT = 20_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] POSTURE_ITEMS = {
        "firewall",
        "endpoint_protection",
        "backup",
        "default_passwords_changed",
        "services_minimised",
        "firmware_current",
        "storage_encrypted",
        "logging_enabled"
    };
    private static final List<String> COLUMNS = columns();

    private final String url;
    private final String user;
    private final String password;
    private final SplittableRandom random = new SplittableRandom(4711);

    DeviceSeeder(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of(
                "id",
                "practice_id",
                "name",
                "category",
                "manufacturer",
                "model",
                "serial_number",
                "location",
                "status",
                "created_at",
                "version",
                "responsible_person",
                "hostname",
                "ip_addresses",
                "mac_address",
                "connection",
                "firmware_version",
                "firmware_updated_on",
                "operating_system",
                "os_end_of_support",
                "stores_patient_data",
                "remote_access",
                "criticality",
                "planned_on",
                "in_service_on",
                "out_of_service_on",
                "decommissioned_on",
                "disposal_method",
                "disposed_by"));
        for (String item : POSTURE_ITEMS) {
            c.add("posture_" + item + "_state");
            c.add("posture_" + item + "_checked_on");
        }
        c.add("posture_last_successful_backup");
        return Collections.unmodifiableList(c);
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement s = connection.createStatement()) {
            // The generated serials and MACs are unique and every practice exists: skip the checks while loading.
            s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /** A provider and {@code count} practices, by SQL; returns the practices' ids. */
    List<UUID> practices(Connection connection, int count) throws SQLException {
        UUID provider = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement p = connection.prepareStatement(
                "insert into provider (id, name, created_at, version) values (?, ?, ?, 0)")) {
            p.setString(1, provider.toString());
            p.setString(2, "Benchmark provider " + provider.toString().substring(0, 8));
            p.setTimestamp(3, now);
            p.executeUpdate();
        }
        List<UUID> ids = new ArrayList<>(count);
        try (PreparedStatement p = connection.prepareStatement(
                "insert into practice (id, provider_id, name, created_at, version) values (?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                p.setString(1, id.toString());
                p.setString(2, provider.toString());
                p.setString(3, String.format("Benchmark practice %04d", i + 1));
                p.setTimestamp(4, now);
                p.addBatch();
            }
            p.executeBatch();
        }
        connection.commit();
        return ids;
    }

    /** Inserts {@code count} devices into the practice, numbered from 1; commits. */
    void devices(Connection connection, UUID practiceId, int count) throws SQLException {
        String placeholders = "(" + String.join(",", Collections.nCopies(COLUMNS.size(), "?")) + ")";
        String insert = "insert into device (" + String.join(",", COLUMNS) + ") values ";
        PreparedStatement full = connection.prepareStatement(
                insert + String.join(",", Collections.nCopies(ROWS_PER_STATEMENT, placeholders)));
        try {
            int number = 1;
            int sinceCommit = 0;
            while (number <= count) {
                int rows = Math.min(ROWS_PER_STATEMENT, count - number + 1);
                PreparedStatement statement = rows == ROWS_PER_STATEMENT
                        ? full
                        : connection.prepareStatement(
                                insert + String.join(",", Collections.nCopies(rows, placeholders)));
                try {
                    int parameter = 1;
                    for (int r = 0; r < rows; r++) {
                        for (Object value : row(practiceId, number++)) {
                            bind(statement, parameter++, value);
                        }
                    }
                    statement.executeUpdate();
                } finally {
                    if (statement != full) statement.close();
                }
                sinceCommit += rows;
                if (sinceCommit >= ROWS_PER_COMMIT) {
                    connection.commit();
                    sinceCommit = 0;
                }
            }
            connection.commit();
        } finally {
            full.close();
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.VARCHAR);
            case String s -> statement.setString(index, s);
            case LocalDate d -> statement.setDate(index, Date.valueOf(d));
            case Instant i -> statement.setTimestamp(index, Timestamp.from(i));
            case Integer i -> statement.setInt(index, i);
            default -> statement.setString(index, value.toString());
        }
    }

    /** One device, in {@link #COLUMNS} order. */
    private Object[] row(UUID practiceId, int number) {
        Model model = DeviceCatalogue.pick(random);
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.add(UUID.randomUUID().toString());
        v.add(practiceId.toString());
        v.add(String.format("%s %05d", model.label(), number));
        v.add(model.category());
        v.add(model.manufacturer());
        v.add(model.model());
        v.add(String.format("%s-%07d", model.serialPrefix(), number));
        v.add(DeviceCatalogue.LOCATIONS.get(random.nextInt(DeviceCatalogue.LOCATIONS.size())));

        int s = random.nextInt(100);
        String status = s < 85 ? "IN_SERVICE" : s < 90 ? "PLANNED" : s < 96 ? "OUT_OF_SERVICE" : "DECOMMISSIONED";
        v.add(status);
        v.add(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextLong(90_000_000L)));
        v.add(random.nextInt(4));
        v.add(
                random.nextInt(3) == 0
                        ? null
                        : DeviceCatalogue.PEOPLE.get(random.nextInt(DeviceCatalogue.PEOPLE.size())));

        boolean networked = random.nextInt(100) < 92;
        boolean named = networked
                && (model.category().equals("WORKSTATION")
                        || model.category().equals("NETWORK_EQUIPMENT")
                        || model.category().equals("PRINTER_SCANNER")
                        || random.nextInt(4) == 0);
        v.add(named ? String.format("%s-%05d", model.serialPrefix().toLowerCase(), number) : null);
        String ips = null;
        if (networked) {
            ips = String.format("10.%d.%d.%d", (number >> 16) & 255, (number >> 8) & 255, number & 255);
            if (random.nextInt(20) == 0) ips += String.format(",fd00::%x", number);
        }
        v.add(ips);
        v.add(
                networked
                        ? String.format(
                                "%s:%02x:%02x:%02x",
                                model.oui(), (number >> 16) & 255, (number >> 8) & 255, number & 255)
                        : null);
        int c = random.nextInt(100);
        v.add(!networked ? "NONE" : c < 62 ? "WIRED" : c < 95 ? "WIFI" : "BLUETOOTH");
        v.add(String.format("%d.%d.%d", 1 + random.nextInt(9), random.nextInt(20), random.nextInt(100)));
        v.add(random.nextInt(3) == 0 ? null : TODAY.minusDays(random.nextInt(1500)));
        boolean workstation = model.category().equals("WORKSTATION");
        v.add(
                workstation
                        ? (model.manufacturer().equals("Apple") ? "macOS 15" : "Windows 11 Pro 24H2")
                        : model.category().equals("IMAGING") ? "Windows 10 IoT Enterprise LTSC" : null);
        v.add(workstation || model.category().equals("IMAGING") ? TODAY.plusDays(random.nextInt(2000) - 400) : null);
        int d = random.nextInt(100);
        v.add(d < 55 ? "YES" : d < 85 ? "NO" : "UNKNOWN");
        int ra = random.nextInt(100);
        v.add(ra < 60 ? "NONE" : ra < 90 ? "ON_REQUEST" : "PERMANENT");
        String[] criticality = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        v.add(criticality[random.nextInt(4)]);

        LocalDate planned = TODAY.minusDays(random.nextInt(4000));
        LocalDate inService = status.equals("PLANNED") ? null : planned.plusDays(random.nextInt(60));
        LocalDate outOfService = status.equals("OUT_OF_SERVICE") || status.equals("DECOMMISSIONED")
                ? TODAY.minusDays(random.nextInt(300))
                : null;
        LocalDate decommissioned = status.equals("DECOMMISSIONED") ? TODAY.minusDays(random.nextInt(200)) : null;
        v.add(planned);
        v.add(inService);
        v.add(outOfService);
        v.add(decommissioned);
        v.add(decommissioned == null ? null : random.nextBoolean() ? "WIPED" : "DESTROYED");
        v.add(decommissioned == null ? null : "IT service desk");

        for (int i = 0; i < POSTURE_ITEMS.length; i++) {
            int p = random.nextInt(100);
            String state = p < 78 ? "YES" : p < 93 ? "NO" : "UNKNOWN"; // each item: 78 % yes, 15 % no, 7 % unknown
            v.add(state);
            v.add(state.equals("UNKNOWN") ? null : TODAY.minusDays(random.nextInt(365)));
        }
        v.add(random.nextBoolean() ? TODAY.minusDays(random.nextInt(14)) : null);
        return v.toArray();
    }
}
