package io.deviceward.device;

import io.deviceward.device.DeviceImportPreview.Outcome;
import io.deviceward.device.DeviceImportPreview.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Import previews as the service would build them, for view tests outside this package. */
public final class ImportPreviews {
    private ImportPreviews() {}

    public static DeviceImportPreview of(Outcome... outcomes) {
        List<DeviceImportPreview.Row> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            Source source =
                    new Source(i + 2, "Row " + (i + 2), false, null, Map.of(), Set.of(), "Device " + i, null, null);
            Device matched = outcomes[i] == Outcome.UPDATE || outcomes[i] == Outcome.UNCHANGED
                    ? new Device(Instant.now())
                    : null;
            rows.add(new DeviceImportPreview.Row(
                    source,
                    outcomes[i],
                    matched,
                    outcomes[i] == Outcome.UPDATE ? List.of("location") : List.of(),
                    outcomes[i] == Outcome.ERROR ? "Row " + (i + 2) + ", name: Enter the device's name" : null,
                    null));
        }
        return new DeviceImportPreview(UUID.randomUUID(), "devices.csv", DeviceImportPreview.Format.CSV, rows);
    }
}
