/** The practice settings page. */
@NullMarked
package io.deviceward.practice.ui;

import org.jspecify.annotations.NullMarked;
