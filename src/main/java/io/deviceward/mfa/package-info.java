/** MFA policies per practice and provider, their enforcement on every call, and the step-up. Not {@code @NullMarked} yet: Spring Data enforces JSpecify nullness on repository methods at run time,
 * and this package's repositories still take and return nulls without {@code @Nullable}.
 */
package io.deviceward.mfa;
