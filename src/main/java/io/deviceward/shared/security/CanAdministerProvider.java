package io.deviceward.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller is a provider admin of the provider named by the method's {@code providerId} argument:
 * provider-wide configuration such as the category list or the default MFA policy. Someone without a
 * provider role gets "not found"; another provider role is refused. See io.deviceward.access.PracticeAccess.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("@practiceAccess.checkProviderAdmin(#providerId)")
public @interface CanAdministerProvider {}
