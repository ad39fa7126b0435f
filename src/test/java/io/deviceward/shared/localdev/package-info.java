/** The local run: an embedded MariaDB and a local Keycloak, started when no database or issuer is configured. */
@NullMarked
package io.deviceward.shared.localdev;

import org.jspecify.annotations.NullMarked;
