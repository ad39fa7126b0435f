package io.deviceward.access;

import io.deviceward.audit.AuditLog;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.RequestCache;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import io.deviceward.shared.security.SystemTask;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Decides what the signed-in user may do in a practice, from their memberships as they are in the
 * database at the start of the request (read once per request): a revoked or expired membership
 * stops working at the next request.
 * Used by method security ({@code @CanViewPractice} and friends) and by views to hide controls.
 */
@Component("practiceAccess")
public class PracticeAccess implements PermissionCheck {
    private final CurrentUser currentUser;
    private final PracticeRepository practices;
    private final MembershipRepository memberships;
    private final GrantingMemberships grants;
    private final AuditLog auditLog;
    /** Looked up once, not on every check (the look-up was 2 % of an API call); lazily, as the rule depends on this bean. */
    private final SingletonSupplier<SecondFactorRule> secondFactorRule;

    private final Clock clock;

    PracticeAccess(
            CurrentUser currentUser,
            PracticeRepository practices,
            MembershipRepository memberships,
            GrantingMemberships grants,
            AuditLog auditLog,
            ObjectProvider<SecondFactorRule> secondFactorRule,
            Clock clock) {
        this.currentUser = currentUser;
        this.practices = practices;
        this.memberships = memberships;
        this.grants = grants;
        this.auditLog = auditLog;
        this.secondFactorRule = SingletonSupplier.of(secondFactorRule::getIfAvailable);
        this.clock = clock;
    }

    /** The roles the current user holds in the practice now; empty if none, or if it does not exist. */
    @Transactional(readOnly = true)
    public Set<Role> rolesIn(UUID practiceId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        activeMembershipsIn(practiceId).forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    /** The current user's memberships that grant something in the practice now (its own or its provider's). */
    private List<Membership> activeMembershipsIn(UUID practiceId) {
        Instant now = clock.instant();
        return grantingIn(practiceId).stream().filter(m -> m.isActiveAt(now)).toList();
    }

    /**
     * Every membership of the current user on the practice or its provider, active or not: one
     * statement, read once per request (see {@link RequestCache}).
     */
    private List<Membership> grantingIn(UUID practiceId) {
        Optional<SignedInUser> user = currentUser.find();
        if (user.isEmpty() || practiceId == null) {
            return List.of();
        }
        UUID userId = user.get().appUserId();
        return RequestCache.get(
                "memberships:" + userId + ":" + practiceId, () -> List.copyOf(grants.of(userId, practiceId)));
    }

    /**
     * What the practice's MFA policy says of the current sign-in; {@code NOT_REQUIRED} for someone
     * without access (the refusal for them is "not found", elsewhere). The browser asks this before
     * it shows a practice, to step the user up first.
     */
    @Transactional(readOnly = true)
    public SecondFactorVerdict secondFactorVerdict(UUID practiceId) {
        List<Membership> active = activeMembershipsIn(practiceId);
        SecondFactorRule rule = secondFactorRule.get();
        Optional<SignedInUser> user = currentUser.find();
        if (active.isEmpty() || rule == null || user.isEmpty()) {
            return SecondFactorVerdict.NOT_REQUIRED;
        }
        return rule.verdict(practiceId, active, user.get());
    }

    @Override
    public boolean can(UUID practiceId, Permission permission) {
        return rolesIn(practiceId).stream().anyMatch(role -> role.allows(permission));
    }

    /**
     * For method security. Someone with no access to the practice learns nothing, not even that it
     * exists: "not found", recorded in that practice's trail. Someone who may see it but not do
     * this is refused (false: Spring answers access denied).
     */
    public boolean check(UUID practiceId, String permission) {
        Permission wanted = Permission.valueOf(permission);
        if (SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        List<Membership> active = activeMembershipsIn(practiceId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        active.forEach(m -> roles.add(m.getRole()));
        if (roles.isEmpty()) {
            if (practiceId != null && practices.existsById(practiceId)) {
                auditLog.recordDenied(
                        practiceId,
                        "Practice",
                        practiceId.toString(),
                        expiredRoleIn(practiceId)
                                .map(role -> "Request after the " + role.label().toLowerCase(Locale.ROOT)
                                        + " membership expired (to " + wanted.wording() + ")")
                                .orElse("Request for a practice without membership (to " + wanted.wording() + ")"));
            }
            throw new NotFoundException("Practice");
        }
        SecondFactorRule rule = secondFactorRule.get();
        if (rule != null) {
            SecondFactorVerdict verdict = rule.verdict(practiceId, active, currentUser.require());
            if (!verdict.letsIn()) {
                auditLog.recordDenied(
                        practiceId,
                        "Practice",
                        practiceId.toString(),
                        (verdict.mustEnrol()
                                ? "Refused to " + wanted.wording()
                                        + ": the practice requires a second factor and none is set up"
                                : "Refused to " + wanted.wording()
                                        + ": the practice requires a second factor and this sign-in has none"));
                throw new SecondFactorRequiredException(verdict.mustEnrol());
            }
        }
        boolean allowed = roles.stream().anyMatch(role -> role.allows(wanted));
        if (!allowed) {
            auditLog.recordDenied(practiceId, "Practice", practiceId.toString(), refusal(wanted, roles));
        }
        return allowed;
    }

    /**
     * For method security on provider-level reads: only a provider-wide membership that is active now
     * opens the provider's overview; anyone else gets "not found".
     */
    public boolean checkProvider(UUID providerId) {
        if (SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        if (providerId != null && providerRoles(providerId).isEmpty()) {
            throw new NotFoundException("Provider");
        }
        return providerId != null;
    }

    /** Provider-wide configuration (such as the category list): provider admins only. */
    public boolean checkProviderAdmin(UUID providerId) {
        if (!checkProvider(providerId)) {
            return false;
        }
        return SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication())
                || providerRoles(providerId).contains(Role.PROVIDER_ADMIN);
    }

    /** The roles the current user holds on the whole provider now. */
    @Transactional(readOnly = true)
    public Set<Role> providerRoles(UUID providerId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        activeMemberships().stream()
                .filter(m -> providerId.equals(m.getProviderId()))
                .forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    /** A membership in the practice that has expired, so the refusal can say so (an auditor after the audit, say). */
    private Optional<Role> expiredRoleIn(UUID practiceId) {
        Instant now = clock.instant();
        return grantingIn(practiceId).stream()
                .filter(m -> !m.isActiveAt(now))
                .map(Membership::getRole)
                .findFirst();
    }

    /** The practices the current user may enter now, by name. */
    @Transactional(readOnly = true)
    public List<Practice> accessiblePractices() {
        List<Membership> active = activeMemberships();
        if (active.isEmpty()) return List.of();
        return practices.findByIdInOrProviderIdInOrderByName(
                active.stream()
                        .map(Membership::getPracticeId)
                        .filter(Objects::nonNull)
                        .toList(),
                active.stream()
                        .map(Membership::getProviderId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    @Transactional(readOnly = true)
    public List<Membership> activeMemberships() {
        Instant now = clock.instant();
        return currentUser
                .find()
                .map(user -> memberships.findByUserId(user.appUserId()).stream()
                        .filter(m -> m.isActiveAt(now))
                        .toList())
                .orElse(List.of());
    }

    /** "Refused to change the practice's data: the Auditor role does not allow it". */
    private static String refusal(Permission wanted, Collection<Role> roles) {
        String names = roles.stream().map(Role::label).sorted().collect(Collectors.joining(" and "));
        return "Refused to " + wanted.wording() + ": the " + names + (roles.size() == 1 ? " role does" : " roles do")
                + " not allow it";
    }
}
