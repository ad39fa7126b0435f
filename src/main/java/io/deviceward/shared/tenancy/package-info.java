/** The practice as Hibernate tenant, bound per service call from the {@code practiceId} argument. */
@NullMarked
package io.deviceward.shared.tenancy;

import org.jspecify.annotations.NullMarked;
