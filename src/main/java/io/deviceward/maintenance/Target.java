package io.deviceward.maintenance;

import org.jspecify.annotations.Nullable;

/**
 * A schedule's target. {@code id} is the device's or segment's id, the category's code, or absent for
 * the practice. A segment is referred to by the devices' segmentId value only.
 */
public record Target(TargetKind kind, @Nullable String id) {
    public static Target practice() {
        return new Target(TargetKind.PRACTICE, null);
    }
}
