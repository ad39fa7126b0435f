package io.deviceward.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * On a service class: every public method is refused unless it states its own guard ({@code @CanViewPractice},
 * {@code @CanEditPractice}, {@code @CanManageAccess}, {@code @CanRecordMaintenance}, {@code @CanViewProvider},
 * {@code @CanAdministerProvider}) or says why it is open ({@link OpenAccess}). Method security takes the
 * method's annotation over the class's, so a forgotten guard fails closed. {@code ServiceGuardTest} checks
 * that each public method states one. See docs/decisions/2026-12-01-package-structure-and-module-rules.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("denyAll()")
public @interface DenyUnlessGuarded {}
