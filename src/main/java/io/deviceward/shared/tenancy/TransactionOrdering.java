package io.deviceward.shared.tenancy;

import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The order around a service call: the tenant is bound first ({@link TenantBindingAspect}, highest
 * precedence), then the transaction opens (here, order 0), then method security checks the caller
 * (Spring Security's {@code @PreAuthorize} runs at 200). So the membership and MFA-policy reads of
 * the check run in the service's own (read-only) transaction: one transaction per call, not one
 * per look-up. Replaces Spring Boot's default, which opens the transaction last.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = TransactionOrdering.ORDER)
class TransactionOrdering {
    static final int ORDER = 0;
}
