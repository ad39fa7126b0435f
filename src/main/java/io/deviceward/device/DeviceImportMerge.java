package io.deviceward.device;

import io.deviceward.device.DeviceImportPreview.Source;
import io.deviceward.device.transfer.DeviceCsvFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an import row is merged into the existing device it matched.
 * A matched row updates only what it speaks for and keeps the rest of the device:
 * <ul>
 * <li>CSV: the columns the file has; an empty cell clears the field, except in columns that always
 * have a value (status, storesPatientData, posture states) and the date of the status the device is
 * in (saving would set today), where it keeps the device's value.
 * <li>nmap: the IP addresses (those of the address families the scan found replace the device's;
 * the others are kept), the MAC, and the hostname if the scan resolved one. Name, category, notes
 * and everything else stay as they are; the open-ports note is only written for new devices.
 * </ul>
 */
final class DeviceImportMerge {
    private DeviceImportMerge() {}

    /** The device as it is, with what the row speaks for taken over . */
    static DeviceDetails merge(Device device, Source source, DeviceDetails row) {
        Map<String, String> recorded = DeviceCsvFormat.cellMap(DeviceDetails.of(device));
        Map<String, String> merged = new LinkedHashMap<>(recorded);
        Map<String, String> given = DeviceCsvFormat.cellMap(row);
        for (String column : source.columns()) merged.put(column, given.get(column));
        if (source.scan()) {
            merged.put(
                    "ipAddresses", String.join(" ", scannedAddresses(device.getIpAddresses(), row.getIpAddresses())));
        }
        // The date of the status the device ends up in cannot be empty (saving would set today):
        // an empty cell there keeps the date on record.
        String statusDate = switch (DeviceStatus.valueOf(merged.get("status"))) {
            case PLANNED -> "plannedOn";
            case IN_SERVICE -> "inServiceOn";
            case OUT_OF_SERVICE -> "outOfServiceOn";
            case DECOMMISSIONED -> "decommissionedOn";
        };
        if (merged.get(statusDate).isEmpty()) {
            merged.put(statusDate, recorded.get(statusDate));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        DeviceDetails candidate = DeviceCsvFormat.fromCells(merged, errors);
        if (!errors.isEmpty()) throw new IllegalStateException("canonical cells did not read back: " + errors);
        return DeviceService.normalise(candidate);
    }

    /** The scanned addresses replace the device's of the same family (IPv4, IPv6); the others stay. */
    static List<String> scannedAddresses(List<String> recorded, List<String> scanned) {
        boolean v4 = scanned.stream().anyMatch(ip -> !ip.contains(":"));
        boolean v6 = scanned.stream().anyMatch(ip -> ip.contains(":"));
        List<String> result = new ArrayList<>(scanned);
        for (String ip : recorded) {
            boolean scannedFamily = ip.contains(":") ? v6 : v4;
            if (!scannedFamily && !result.contains(ip)) result.add(ip);
        }
        return Set.copyOf(result).equals(Set.copyOf(recorded)) ? List.copyOf(recorded) : result;
    }

    /** The columns that saving the details would change, worked out on a copy that is never saved. */
    static List<String> changes(Device device, DeviceDetails candidate, LocalDate today) {
        Device probe = new Device(device.getCreatedAt());
        probe.apply(candidate, today);
        List<String> before = DeviceCsvFormat.cells(DeviceDetails.of(device));
        List<String> after = DeviceCsvFormat.cells(DeviceDetails.of(probe));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) changed.add(DeviceCsvFormat.COLUMNS.get(i));
        }
        return changed;
    }
}
