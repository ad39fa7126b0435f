/**
 * Findings across features: collects every {@link io.deviceward.shared.finding.FindingSource} for a practice,
 * and ranks a provider's practices by what needs attention. The overviews and the findings API read here.
 */
@NullMarked
package io.deviceward.findings;

import org.jspecify.annotations.NullMarked;
