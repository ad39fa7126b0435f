/** The provider-wide findings page and its place in the navigation. */
@NullMarked
package io.deviceward.findings.ui;

import org.jspecify.annotations.NullMarked;
