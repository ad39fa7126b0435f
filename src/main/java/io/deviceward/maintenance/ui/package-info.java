/** The maintenance views: due work, my tasks today, the calendar, the schedule and completion forms. */
@NullMarked
package io.deviceward.maintenance.ui;

import org.jspecify.annotations.NullMarked;
