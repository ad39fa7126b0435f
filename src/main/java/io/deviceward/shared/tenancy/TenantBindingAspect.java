package io.deviceward.shared.tenancy;

import java.util.UUID;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Binds the {@code practiceId} argument as the tenant before the transaction opens its session:
 * highest precedence, so it runs outside method security and {@code @Transactional}.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenantBindingAspect {

    @Around("@within(io.deviceward.shared.tenancy.PracticeScoped) && execution(public * *(..))")
    Object bindPractice(ProceedingJoinPoint call) throws Throwable {
        UUID practiceId = practiceIdOf(call);
        if (practiceId == null) {
            return call.proceed();
        }
        try (TenantContext.Scope ignored = TenantContext.open(practiceId)) {
            return call.proceed();
        }
    }

    private static UUID practiceIdOf(ProceedingJoinPoint call) {
        String[] names = ((MethodSignature) call.getSignature()).getParameterNames();
        Object[] args = call.getArgs();
        for (int i = 0; i < args.length; i++) {
            if ("practiceId".equals(names[i]) && args[i] instanceof UUID id) {
                return id;
            }
        }
        return null;
    }
}
