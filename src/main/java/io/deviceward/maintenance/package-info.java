/**
 * Maintenance: templates of recurring work with checklists and limits, schedules that apply them to
 * devices or the practice, and the tasks they fall due as, completed with evidence.
 */
@NullMarked
package io.deviceward.maintenance;

import org.jspecify.annotations.NullMarked;
