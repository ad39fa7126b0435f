/** Practices and providers: a practice's details and a provider's practices. Not {@code @NullMarked} yet: Spring Data enforces JSpecify nullness on repository methods at run time,
 * and this package's repositories still take and return nulls without {@code @Nullable}.
 */
package io.deviceward.practice;
