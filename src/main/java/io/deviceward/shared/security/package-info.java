/** Security configuration, the permissions and the guard annotations every service method states. */
@NullMarked
package io.deviceward.shared.security;

import org.jspecify.annotations.NullMarked;
