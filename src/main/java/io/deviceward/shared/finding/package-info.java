/**
 * Findings: what needs attention in a practice, with a severity, a sentence and a link to the fix. Features
 * contribute them through {@link io.deviceward.shared.finding.FindingSource}; the shell and the findings API
 * show them.
 */
@NullMarked
package io.deviceward.shared.finding;

import org.jspecify.annotations.NullMarked;
