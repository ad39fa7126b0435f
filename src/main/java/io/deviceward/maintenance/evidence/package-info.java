/** Maintenance evidence for an auditor: every occurrence in a date range, as PDF and CSV, signed off. */
@NullMarked
package io.deviceward.maintenance.evidence;

import org.jspecify.annotations.NullMarked;
