/** The device registry: devices, their posture, categories, search, import and export. Its API for other features is this package. Not {@code @NullMarked} yet: Spring Data enforces JSpecify nullness on repository methods at run time,
 * and this package's repositories still take and return nulls without {@code @Nullable}.
 */
package io.deviceward.device;
