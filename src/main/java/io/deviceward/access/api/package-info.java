/** The access feature's REST endpoints: the practices the caller may use. */
@NullMarked
package io.deviceward.access.api;

import org.jspecify.annotations.NullMarked;
