package io.deviceward.support;

import io.deviceward.access.MfaEnrolmentPolicy;
import io.deviceward.access.Role;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Requires a second factor in the practices a test names, and nowhere else (so it leaves other tests alone). */
@Component
public class TestMfaPolicy implements MfaEnrolmentPolicy {
    private final Set<UUID> practices = ConcurrentHashMap.newKeySet();

    public void requireIn(UUID practiceId) {
        practices.add(practiceId);
    }

    @Override
    public boolean requiresSecondFactor(UUID practiceId, Role role) {
        return practices.contains(practiceId);
    }
}
