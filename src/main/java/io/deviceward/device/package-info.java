/** The device registry: devices, their posture, categories, search, import and export. Its API for other features is this package. */
@NullMarked
package io.deviceward.device;

import org.jspecify.annotations.NullMarked;
