/** Demo data for an empty database in the local run. */
@NullMarked
package io.deviceward.demo;

import org.jspecify.annotations.NullMarked;
