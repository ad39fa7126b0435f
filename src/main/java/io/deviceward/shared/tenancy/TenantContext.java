package io.deviceward.shared.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The practice whose rows the current thread may see. Bound for the length of one service call
 * (see {@link TenantBindingAspect}); Hibernate reads it when a session opens.
 * See docs/decisions/2026-11-23-tenancy-model.md.
 */
public final class TenantContext {
    /** Bound when no practice is: matches no row, so an unbound query sees nothing rather than everything. */
    public static final UUID NO_PRACTICE = new UUID(0, 0);

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static UUID current() {
        UUID practiceId = CURRENT.get();
        return practiceId == null ? NO_PRACTICE : practiceId;
    }

    /** Binds the practice until the returned scope closes, then restores what was bound before. */
    public static Scope open(UUID practiceId) {
        UUID previous = CURRENT.get();
        CURRENT.set(practiceId);
        return () -> {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        };
    }

    public static <T> T callAs(UUID practiceId, Supplier<T> work) {
        try (Scope ignored = open(practiceId)) {
            return work.get();
        }
    }

    public static void runAs(UUID practiceId, Runnable work) {
        try (Scope ignored = open(practiceId)) {
            work.run();
        }
    }

    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
