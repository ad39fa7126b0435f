/** Honest answers while a dependency (the database, Keycloak) is down: 503 with Retry-After, never a login redirect. */
@NullMarked
package io.deviceward.shared.resilience;

import org.jspecify.annotations.NullMarked;
