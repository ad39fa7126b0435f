package io.deviceward.access;

import io.deviceward.audit.AuditActor;
import io.deviceward.audit.AuditActorResolver;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, from the security context; no database look-up. */
@Component
public class CurrentUser implements AuditActorResolver {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @Override
    public AuditActor currentActor() {
        return find().map(u -> new AuditActor(u.appUserId(), u.subject(), u.displayName()))
                .orElse(AuditActor.SYSTEM);
    }
}
