/** The top floor: the layout, the overviews, landing and error pages. It composes features through their contributions and names no feature view. */
@NullMarked
package io.deviceward.shell;

import org.jspecify.annotations.NullMarked;
