package io.deviceward.support;

import io.deviceward.access.SignedInUser;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls as a DeviceWard user, the way a signed-in browser session would: the principal
 * carries the user's id and the services decide from the memberships in the database.
 */
public final class SignIn {
    private SignIn() {}

    /** {@code secondFactorVerified} stands for the acr claim of a real sign-in. */
    public record TestUser(UUID appUserId, String subject, String displayName, boolean secondFactorVerified)
            implements SignedInUser {}

    /** As a user whose sign-in had no second factor (a password only). */
    public static <T> T as(UUID appUserId, Supplier<T> work) {
        return as(appUserId, false, work);
    }

    /** As a user whose sign-in proved a second factor. */
    public static <T> T withSecondFactor(UUID appUserId, Supplier<T> work) {
        return as(appUserId, true, work);
    }

    private static <T> T as(UUID appUserId, boolean secondFactor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TestingAuthenticationToken token = new TestingAuthenticationToken(
                new TestUser(appUserId, "test-subject-" + appUserId, "Test user " + appUserId, secondFactor),
                "",
                List.of());
        token.setAuthenticated(true);
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UUID appUserId, Runnable work) {
        as(appUserId, () -> {
            work.run();
            return null;
        });
    }
}
