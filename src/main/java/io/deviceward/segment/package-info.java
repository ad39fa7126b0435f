/**
 * The segment map of a practice: network segments, the flow rules between them, the findings they lead to,
 * the firewall policy they export to and the scan checks that test the real network against it.
 */
@NullMarked
package io.deviceward.segment;

import org.jspecify.annotations.NullMarked;
