/** Who may do what: memberships and roles, sign-in linking, invitations, access reviews, and the Keycloak admin adapter. Not {@code @NullMarked} yet: Spring Data enforces JSpecify nullness on repository methods at run time,
 * and this package's repositories still take and return nulls without {@code @Nullable}.
 */
package io.deviceward.access;
