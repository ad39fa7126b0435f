/** DeviceWard: the security registry of a medical or dental practice's connected devices. One package per feature; see docs/decisions/2026-12-01-package-structure-and-module-rules.md. */
@NullMarked
package io.deviceward;

import org.jspecify.annotations.NullMarked;
