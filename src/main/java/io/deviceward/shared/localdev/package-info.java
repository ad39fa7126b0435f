/** The local runtime of {@code ./dw run}: an embedded MariaDB and a local Keycloak, started only when nothing is configured. */
@NullMarked
package io.deviceward.shared.localdev;

import org.jspecify.annotations.NullMarked;
