package io.deviceward.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller holds a role on the whole provider named by the method's {@code providerId} argument, now.
 * Anyone else gets "not found". See io.deviceward.access.PracticeAccess.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("@practiceAccess.checkProvider(#providerId)")
public @interface CanViewProvider {}
