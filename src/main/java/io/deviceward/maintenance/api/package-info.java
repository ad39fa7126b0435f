/** The maintenance REST API: templates, schedules, tasks and their completion, evidence exports. */
@NullMarked
package io.deviceward.maintenance.api;

import org.jspecify.annotations.NullMarked;
