/** When maintenance falls due: iCalendar RRULE expansion in a practice's time zone, with its closed days. */
@NullMarked
package io.deviceward.maintenance.recurrence;

import org.jspecify.annotations.NullMarked;
