package io.deviceward.device.transfer;

import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the device CSV ({@link DeviceCsvFormat}): comma-delimited, RFC 4180 quoting, CRLF line ends, the
 * header and one row per device. A value a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR, possibly after apostrophes) gets one apostrophe in front, which {@link DeviceCsvReader}
 * removes again.
 */
public final class DeviceCsvWriter {
    private DeviceCsvWriter() {}

    /** The header line alone: the empty template people fill in. */
    public static void writeTemplate(Writer out) throws IOException {
        write(Stream.empty(), out);
    }

    public static void write(List<Device> devices, Writer out) throws IOException {
        write(devices.stream().map(DeviceDetails::of), out);
    }

    /** Writes the header and one row per device; flushes, does not close. */
    public static void write(Stream<DeviceDetails> devices, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(DeviceCsvFormat.COLUMNS);
        try {
            devices.forEach(details -> {
                try {
                    printer.printRecord(DeviceCsvFormat.cells(details).stream()
                            .map(SpreadsheetCells::escape)
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
