package io.deviceward.shared.tenancy;

import io.deviceward.shared.security.DenyUnlessGuarded;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service: each public method with a {@code UUID practiceId} parameter runs with that practice
 * bound as the Hibernate tenant, so practice-owned rows of other practices are invisible to it. The
 * service is also {@link DenyUnlessGuarded}: a public method without its own guard is refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DenyUnlessGuarded
public @interface PracticeScoped {}
