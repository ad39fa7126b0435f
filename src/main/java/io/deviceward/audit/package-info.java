/** The tamper-evident audit trail: an HMAC hash chain per practice, written in the transaction of the change it records. */
@NullMarked
package io.deviceward.audit;

import org.jspecify.annotations.NullMarked;
