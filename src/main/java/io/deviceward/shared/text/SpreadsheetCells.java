package io.deviceward.shared.text;

import java.util.regex.Pattern;

/**
 * Cells a spreadsheet must not run: a value starting with =, +, -, @, tab or CR (possibly after apostrophes) gets one
 * apostrophe in front when written, which reading removes again. Every CSV DeviceWard writes goes through here.
 */
public final class SpreadsheetCells {
    private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern ESCAPED_FORMULA_START = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private SpreadsheetCells() {}

    public static String escape(String cell) {
        return FORMULA_START.matcher(cell).find() ? "'" + cell : cell;
    }

    public static String unescape(String cell) {
        return ESCAPED_FORMULA_START.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
