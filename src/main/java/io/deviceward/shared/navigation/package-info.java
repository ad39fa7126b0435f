/**
 * How features plug into the shell without the shell naming them: navigation items and overview cards,
 * contributed as Spring beans and collected by {@code io.deviceward.shell}.
 */
@NullMarked
package io.deviceward.shared.navigation;

import org.jspecify.annotations.NullMarked;
