/** The devices REST API: {@code /api/v1/practices/{practiceId}/devices}. */
@NullMarked
package io.deviceward.device.api;

import org.jspecify.annotations.NullMarked;
