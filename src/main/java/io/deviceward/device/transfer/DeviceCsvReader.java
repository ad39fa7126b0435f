package io.deviceward.device.transfer;

import io.deviceward.device.DeviceDetails;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a device CSV ({@link DeviceCsvFormat}) and checks it row by row. Lenient where people edit files by
 * hand: UTF-8 with or without BOM, comma or semicolon (whichever the header line uses, or an Excel "sep=;"
 * first line says), header names in any case and with surrounding spaces, columns in any order and only the
 * required ones mandatory. Whole-file problems (unknown, repeated or missing columns, not UTF-8, broken
 * quoting, too many rows) throw {@link InvalidInputException} with field "file"; problems in a cell are
 * reported on its row.
 */
public final class DeviceCsvReader {
    private static final Pattern EXCEL_SEPARATOR_LINE = Pattern.compile("(?i)sep=([,;\\t|])[ \\t]*\\r?\\n");

    private DeviceCsvReader() {}

    /** One data row of a file: the details if every cell could be read, else the errors by column. */
    public record Row(int number, DeviceDetails details, Map<String, String> errors, Map<String, String> values) {
        public Row {
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The raw text of a column as it was in the file, stripped; null if the column is absent or empty. */
        public String value(String column) {
            return values.get(column);
        }
    }

    /** A read file: the (canonically spelled) columns it has, and its data rows. */
    public record Sheet(List<String> columns, List<Row> rows) {
        public Sheet {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public static Sheet read(byte[] content) {
        return read(decode(content));
    }

    public static Sheet read(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) {
            throw new InvalidInputException(
                    "file", "The file is empty: it needs at least the header line with the column names");
        }
        char delimiter;
        Matcher sep = EXCEL_SEPARATOR_LINE.matcher(text);
        if (sep.lookingAt()) { // Excel's "sep=;" hint: Excel hides the line, so the header is still row 1
            delimiter = sep.group(1).charAt(0);
            text = text.substring(sep.end());
        } else {
            delimiter = detectDelimiter(text);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.parse(reader, format)) {
            var records = parser.iterator();
            List<String> header = null;
            while (header == null && hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (!isEmpty(record)) header = record.toList();
            }
            if (header == null) {
                throw new InvalidInputException(
                        "file", "The file is empty: it needs at least the header line with the column names");
            }
            String[] byIndex = headerColumns(header);
            List<String> present =
                    Arrays.stream(byIndex).filter(Objects::nonNull).toList();
            List<Row> rows = new ArrayList<>();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (isEmpty(record)) continue;
                if (rows.size() == DeviceCsvFormat.MAX_ROWS) {
                    throw new InvalidInputException(
                            "file",
                            "The file has more than " + String.format(Locale.ROOT, "%,d", DeviceCsvFormat.MAX_ROWS)
                                    + " rows; split it into smaller files");
                }
                rows.add(row((int) record.getRecordNumber(), record, byIndex, header.size()));
            }
            return new Sheet(present, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(
                    "file",
                    "The file is not valid CSV near line " + parser.getCurrentLineNumber()
                            + ": a quoted value is not closed, or has text after its closing quote");
        }
    }

    private static Row row(int number, CSVRecord record, @Nullable String[] byIndex, int headerSize) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String text = SpreadsheetCells.unescape(record.get(i).strip());
            if (i >= headerSize || byIndex[i] == null) {
                if (!text.isEmpty()) {
                    errors.putIfAbsent(
                            "file", "Column " + (i + 1) + " has a value but no column name in the header line");
                }
                continue;
            }
            if (!text.isEmpty()) values.put(byIndex[i], text);
        }
        DeviceDetails details = DeviceCsvFormat.fromCells(values, errors);
        return new Row(number, errors.isEmpty() ? details : null, DeviceCsvFormat.sortedByColumn(errors), values);
    }

    private static @Nullable String[] headerColumns(List<String> header) {
        @Nullable String[] byIndex = new String[header.size()];
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) continue;
            String column = DeviceCsvFormat.canonicalColumn(name);
            if (column == null) {
                unknown.add(name);
            } else if (!seen.add(column)) {
                duplicates.add(column);
            } else {
                byIndex[i] = column;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "file",
                    "Unknown column" + (unknown.size() == 1 ? " " : "s ")
                            + unknown.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(", "))
                            + ". The columns are: " + String.join(", ", DeviceCsvFormat.COLUMNS));
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(
                    "file",
                    "Column" + (duplicates.size() == 1 ? " " : "s ") + String.join(", ", duplicates) + " appear"
                            + (duplicates.size() == 1 ? "s" : "") + " more than once");
        }
        List<String> missing = DeviceCsvFormat.REQUIRED_COLUMNS.stream()
                .filter(c -> !seen.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    "file",
                    "The header line lacks the required column" + (missing.size() == 1 ? " " : "s ")
                            + String.join(", ", missing) + ". Download the template to see all columns.");
        }
        return byIndex;
    }

    private static boolean isEmpty(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) return false;
        }
        return true;
    }

    /** Comma or semicolon: whichever occurs more often outside quotes in the first line. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    "file", "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (comma delimited)\"");
        }
    }
}
