package io.deviceward.device;

import java.util.UUID;

/**
 * What the registry is narrowed to: free text, category, status, segment, posture gap; each
 * optional. The same filter serves the grid (from the URL query), the export and the API.
 */
public record DeviceFilter(String text, String category, DeviceStatus status, UUID segmentId, PostureGap gap) {
    public static final DeviceFilter NONE = new DeviceFilter(null, null, null, null, null);

    public DeviceFilter withText(String newText) {
        return new DeviceFilter(newText, category, status, segmentId, gap);
    }

    public boolean isEmpty() {
        return (text == null || text.isBlank())
                && category == null
                && status == null
                && segmentId == null
                && gap == null;
    }
}
