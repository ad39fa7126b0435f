/** The segment map for integrations: segments, flow rules and the exported policy over REST. */
@NullMarked
package io.deviceward.segment.api;

import org.jspecify.annotations.NullMarked;
