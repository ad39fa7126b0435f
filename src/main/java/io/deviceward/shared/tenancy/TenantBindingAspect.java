package io.deviceward.shared.tenancy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Where each method takes its practiceId, -1 for none: found once, since reading parameter names is slow. */
    private final Map<Method, Integer> practiceIdIndex = new ConcurrentHashMap<>();

    private UUID practiceIdOf(ProceedingJoinPoint call) {
        MethodSignature signature = (MethodSignature) call.getSignature();
        int index = practiceIdIndex.computeIfAbsent(
                signature.getMethod(),
                method -> List.of(signature.getParameterNames()).indexOf("practiceId"));
        return index >= 0 && call.getArgs()[index] instanceof UUID id ? id : null;
    }
}
