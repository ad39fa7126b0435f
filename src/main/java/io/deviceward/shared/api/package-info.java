/** How the REST API answers failures: problem+json with the right status. */
@NullMarked
package io.deviceward.shared.api;

import org.jspecify.annotations.NullMarked;
