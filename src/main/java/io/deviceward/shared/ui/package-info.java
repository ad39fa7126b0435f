/** Small UI helpers every feature's views use: route ids, field errors, notifications. No layout here: it would close a circle. */
@NullMarked
package io.deviceward.shared.ui;

import org.jspecify.annotations.NullMarked;
