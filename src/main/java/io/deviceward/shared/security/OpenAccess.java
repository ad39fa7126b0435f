package io.deviceward.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method that must stay open to any caller, with the reason: recording a refusal, the step-up
 * bookkeeping of the signed-in user's own sign-in, reads of the caller's own memberships. The reason is
 * for the reader; the guard test only requires that it is not blank.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("permitAll()")
public @interface OpenAccess {
    /** Why this method needs no membership check. */
    String value();
}
