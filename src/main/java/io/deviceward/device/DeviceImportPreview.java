package io.deviceward.device;

import io.deviceward.device.transfer.DeviceCsvFormat;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What importing a file would do, row by row, before anything is written: made by
 * {@link DeviceImportService#preview} and handed back to {@link DeviceImportService#commit}, which
 * re-checks it against the registry as it is then. Immutable.
 */
public final class DeviceImportPreview implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Format {
        CSV("CSV"),
        NMAP_XML("nmap XML");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        NEW("New"),
        UPDATE("Update"),
        UNCHANGED("Unchanged"),
        ERROR("Error");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row as read from the file, before matching: kept in the preview so the commit can work it out
     * again against the registry as it is then. {@code cells} are the canonical column texts of the
     * parsed details (null if a cell could not be read); {@code columns} are those the row speaks for,
     * which an update takes over while keeping the rest of the device.
     */
    record Source(
            int number,
            String prefix,
            boolean scan,
            List<String> cells,
            Map<String, String> errors,
            Set<String> columns,
            String name,
            String serialNumber,
            String macAddress)
            implements Serializable {
        Source {
            cells = cells == null ? null : Collections.unmodifiableList(new ArrayList<>(cells));
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
            columns = Collections.unmodifiableSet(new LinkedHashSet<>(columns));
        }

        Map<String, String> cellMap() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < DeviceCsvFormat.COLUMNS.size(); i++)
                map.put(DeviceCsvFormat.COLUMNS.get(i), cells.get(i));
            return map;
        }
    }

    /** One row of the preview. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Source source;
        private final Outcome outcome;
        private final UUID deviceId;
        private final Long deviceVersion;
        private final String deviceName;
        private final List<String> changedColumns;
        private final String reason;
        private final List<String> cells;

        Row(
                Source source,
                Outcome outcome,
                Device matched,
                List<String> changedColumns,
                String reason,
                List<String> cells) {
            this.source = source;
            this.outcome = outcome;
            this.deviceId = matched == null ? null : matched.getId();
            this.deviceVersion = matched == null ? null : matched.getVersion();
            this.deviceName = matched == null ? null : matched.getName();
            this.changedColumns = List.copyOf(changedColumns);
            this.reason = reason;
            this.cells = cells == null ? null : Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** CSV: the spreadsheet row (the header is row 1). nmap: the line of the host in the file. */
        public int number() {
            return source.number();
        }

        public Outcome outcome() {
            return outcome;
        }

        /** The device's name, serial number and MAC as the row gives them (for showing; may be null). */
        public String name() {
            return source.name();
        }

        public String serialNumber() {
            return source.serialNumber();
        }

        public String macAddress() {
            return source.macAddress();
        }

        /** The existing device an UPDATE or UNCHANGED row matched, and its version at preview time. */
        public Optional<UUID> deviceId() {
            return Optional.ofNullable(deviceId);
        }

        public Optional<Long> deviceVersion() {
            return Optional.ofNullable(deviceVersion);
        }

        public Optional<String> deviceName() {
            return Optional.ofNullable(deviceName);
        }

        /** For an UPDATE: the columns whose value changes. */
        public List<String> changedColumns() {
            return changedColumns;
        }

        /** For an ERROR: what is wrong, naming the row and column, e.g. {@code Row 7, ipAddresses: ...}. */
        public Optional<String> reason() {
            return Optional.ofNullable(reason);
        }

        /**
         * The details the row stands for: for NEW, UPDATE and UNCHANGED what the device will hold
         * (an update merged with the device's other fields); for an ERROR the row as read, if every cell
         * could be read. A fresh copy on each call.
         */
        public Optional<DeviceDetails> details() {
            List<String> source = cells != null ? cells : this.source.cells();
            if (source == null) return Optional.empty();
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < DeviceCsvFormat.COLUMNS.size(); i++)
                map.put(DeviceCsvFormat.COLUMNS.get(i), source.get(i));
            return Optional.of(DeviceCsvFormat.fromCells(map, new LinkedHashMap<>()));
        }

        /** What the grid shows next to the outcome: the reason of an error, the changes of an update. */
        public String explanation() {
            return switch (outcome) {
                case ERROR -> reason;
                case UPDATE -> "Changes " + String.join(", ", changedColumns) + " of \"" + deviceName + "\"";
                case UNCHANGED -> "Same as \"" + deviceName + "\"";
                case NEW -> "";
            };
        }

        Source source() {
            return source;
        }

        List<String> cells() {
            return cells;
        }
    }

    private final UUID practiceId;
    private final String fileName;
    private final Format format;
    private final List<Row> rows;
    private final Map<Outcome, Integer> counts;

    DeviceImportPreview(UUID practiceId, String fileName, Format format, List<Row> rows) {
        this.practiceId = practiceId;
        this.fileName = fileName;
        this.format = format;
        this.rows = List.copyOf(rows);
        Map<Outcome, Integer> counted = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) counted.put(outcome, 0);
        for (Row row : rows) counted.merge(row.outcome(), 1, Integer::sum);
        this.counts = Collections.unmodifiableMap(counted);
    }

    public UUID practiceId() {
        return practiceId;
    }

    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    public List<Row> rows() {
        return rows;
    }

    public int count(Outcome outcome) {
        return counts.get(outcome);
    }

    public boolean hasErrors() {
        return count(Outcome.ERROR) > 0;
    }

    /** Rows that can be imported: everything but errors. */
    public int validRows() {
        return rows.size() - count(Outcome.ERROR);
    }

    public List<Row> errors() {
        return rows.stream().filter(r -> r.outcome() == Outcome.ERROR).toList();
    }

    /** E.g. "3 new, 1 update, 2 unchanged, 1 error". */
    public String summary() {
        return count(Outcome.NEW) + " new, "
                + plural(count(Outcome.UPDATE), "update", "updates") + ", "
                + count(Outcome.UNCHANGED) + " unchanged, "
                + plural(count(Outcome.ERROR), "error", "errors");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public String toString() {
        return "DeviceImportPreview[" + fileName + ", " + format + ": " + summary() + "]";
    }
}
