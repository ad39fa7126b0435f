package io.deviceward.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller may manage the practice's members and policies in the practice named by the method's {@code practiceId} argument.
 * A caller who may not see the practice at all gets "not found"; one who may see it but not do this
 * is refused. See io.deviceward.access.PracticeAccess.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("@practiceAccess.check(#practiceId, 'MANAGE_ACCESS')")
public @interface CanManageAccess {}
