package io.deviceward.support;

import io.deviceward.support.SignIn.TestUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a user in for a browserless view test, for the whole test: the mocked Vaadin request reads the principal
 * from the security context of the test's thread, as a real request reads it from the session.
 */
public final class BrowserlessSignIn {
    private BrowserlessSignIn() {}

    public static void as(UUID appUserId) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(
                new TestUser(appUserId, "test-subject-" + appUserId, "Test user " + appUserId, false), "", List.of());
        token.setAuthenticated(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
