/** The segment map's pages: segments, flow rules, the map, the flow matrix and the scan check. */
@NullMarked
package io.deviceward.segment.ui;

import org.jspecify.annotations.NullMarked;
