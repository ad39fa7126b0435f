package io.deviceward.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as DeviceWard itself (demo data, later scheduled jobs): passes the practice checks and is
 * recorded in the audit trail as "system". Only code can create it; no request can carry it.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static boolean isSystem(Authentication authentication) {
        return authentication instanceof SystemAuthentication;
    }

    private static final class SystemAuthentication extends AbstractAuthenticationToken {
        private SystemAuthentication() {
            super(List.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "system";
        }
    }
}
