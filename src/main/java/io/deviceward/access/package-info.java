/** Who may do what: memberships and roles, sign-in linking, invitations, access reviews, and the Keycloak admin adapter. */
@NullMarked
package io.deviceward.access;

import org.jspecify.annotations.NullMarked;
