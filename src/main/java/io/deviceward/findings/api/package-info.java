/** The findings REST API: {@code /api/v1/practices/{practiceId}/findings}. */
@NullMarked
package io.deviceward.findings.api;

import org.jspecify.annotations.NullMarked;
