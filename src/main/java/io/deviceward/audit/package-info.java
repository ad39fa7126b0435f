/** The tamper-evident audit trail: an HMAC hash chain per practice, written in the transaction of the change it records. Not {@code @NullMarked} yet: Spring Data enforces JSpecify nullness on repository methods at run time,
 * and this package's repositories still take and return nulls without {@code @Nullable}.
 */
package io.deviceward.audit;
