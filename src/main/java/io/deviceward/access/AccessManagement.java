package io.deviceward.access;

import io.deviceward.audit.AuditLog;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.practice.ProviderRepository;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.RequestCache;
import io.deviceward.shared.security.CanManageAccess;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Invites people into a practice, changes their role or expiry, and revokes their access. Only
 * those who hold MANAGE_ACCESS in the practice may; a membership of another practice is "not found",
 * a provider-wide one is not changed from a practice. Keycloak is reached outside the database
 * transaction: the membership commits first, then Keycloak's email or account change follows and is
 * recorded in the audit trail as an event (or as the failure it was).
 */
@Service
@Validated
@PracticeScoped
public class AccessManagement {
    private static final Logger log = LoggerFactory.getLogger(AccessManagement.class);
    /** The roles a practice can grant; a provider admin is made on the provider, never from a practice. */
    public static final List<Role> PRACTICE_ROLES = List.of(Role.CLINIC_STAFF, Role.PRACTICE_MANAGER, Role.AUDITOR);

    private final MembershipRepository memberships;
    private final AppUserRepository users;
    private final PracticeRepository practices;
    private final ProviderRepository providers;
    private final KeycloakUsers keycloak;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ObjectProvider<MfaEnrolmentPolicy> mfaPolicy;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccessManagement(
            MembershipRepository memberships,
            AppUserRepository users,
            PracticeRepository practices,
            ProviderRepository providers,
            KeycloakUsers keycloak,
            CurrentUser currentUser,
            AuditLog auditLog,
            ObjectProvider<MfaEnrolmentPolicy> mfaPolicy,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.practices = practices;
        this.providers = providers;
        this.keycloak = keycloak;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.mfaPolicy = mfaPolicy;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What an invitation did: the membership, whether Keycloak's account is new, whether its email went out. */
    public record Invitation(
            UUID membershipId,
            String email,
            boolean newAccount,
            Set<String> pendingActions,
            boolean emailSent,
            String emailProblem) {}

    /** What a revocation did to the person's Keycloak account, beyond the membership. */
    public enum AccountOutcome {
        KEPT,
        DISABLED,
        NOT_DISABLED_KEYCLOAK_UNAVAILABLE
    }

    @CanManageAccess
    public Invitation invite(UUID practiceId, @Valid InvitationDetails details) {
        Practice practice = practice(practiceId);
        String email = details.getEmail().strip().toLowerCase(Locale.ROOT);
        Instant expiresAt = expiryFor(details.getRole(), details.getExpiresOn(), "expiresOn");
        if (!PRACTICE_ROLES.contains(details.getRole())) {
            throw new InvalidInputException(
                    "role", "A provider admin is appointed on the provider, not invited into one practice");
        }
        requireNoActiveAccess(practice, email);

        // Keycloak first (it may refuse or be away: then nothing is written here), then our records.
        // Any policy that asks for a second factor wins; with none, nobody must enrol.
        boolean mfa = mfaPolicy.orderedStream().anyMatch(p -> p.requiresSecondFactor(practiceId, details.getRole()));
        Optional<KeycloakUsers.Account> existing = keycloak.findByEmail(email);
        KeycloakUsers.Account account;
        Set<String> pending;
        if (existing.isEmpty()) {
            Set<KeycloakUsers.RequiredAction> actions =
                    EnumSet.of(KeycloakUsers.RequiredAction.VERIFY_EMAIL, KeycloakUsers.RequiredAction.UPDATE_PASSWORD);
            if (mfa) actions.add(KeycloakUsers.RequiredAction.CONFIGURE_TOTP);
            account = keycloak.create(email, details.getFirstName(), details.getLastName(), actions);
            pending = new TreeSet<>(account.requiredActions());
        } else {
            account = existing.get();
            Set<KeycloakUsers.RequiredAction> missing = EnumSet.noneOf(KeycloakUsers.RequiredAction.class);
            if (!account.emailVerified()) missing.add(KeycloakUsers.RequiredAction.VERIFY_EMAIL);
            if (mfa && !keycloak.secondFactors(account.id()).contains(SecondFactor.OTP)) {
                missing.add(KeycloakUsers.RequiredAction.CONFIGURE_TOTP);
            }
            pending = new TreeSet<>(
                    missing.isEmpty() ? account.requiredActions() : keycloak.addRequiredActions(account.id(), missing));
            if (!account.enabled()) {
                keycloak.setEnabled(account.id(), true);
                auditLog.recordEvent(
                        practiceId,
                        "Keycloak account",
                        account.id(),
                        "Re-enabled the sign-in account of " + email + " for the invitation");
            }
        }

        String displayName =
                details.getFirstName().strip() + " " + details.getLastName().strip();
        Membership membership = transaction.execute(status -> {
            requireNoActiveAccess(practice, email); // again, inside the transaction that writes
            AppUser user = users.findByEmailIgnoreCase(email)
                    .orElseGet(() ->
                            users.save(new AppUser(usernameFor(account, email), email, displayName, clock.instant())));
            return memberships.save(
                    Membership.onPractice(user.getId(), details.getRole(), practiceId, expiresAt, clock.instant()));
        });
        RequestCache.clear();

        if (pending.isEmpty()) {
            auditLog.recordEvent(
                    practiceId,
                    "Invitation",
                    membership.getId().toString(),
                    email + " already has a complete sign-in account; no email needed");
            return new Invitation(membership.getId(), email, existing.isEmpty(), pending, false, null);
        }
        return sendInvitation(practiceId, membership.getId(), email, account.id(), pending, existing.isEmpty());
    }

    /** Sends the invitation email again, e.g. when the first link expired or the mail server was away. */
    @CanManageAccess
    public Invitation resendInvitation(UUID practiceId, UUID membershipId) {
        Membership membership = changeableMembership(practiceId, membershipId);
        AppUser user = users.findById(membership.getUserId()).orElseThrow(() -> new NotFoundException("Member"));
        KeycloakUsers.Account account = accountOf(user)
                .orElseThrow(() ->
                        new InvalidInputException("email", user.getEmail() + " has no sign-in account in Keycloak"));
        Set<String> pending = new TreeSet<>(account.requiredActions());
        if (pending.isEmpty()) {
            throw new InvalidInputException(
                    "email", user.getEmail() + " has already set up their sign-in; there is nothing to send");
        }
        return sendInvitation(practiceId, membershipId, user.getEmail(), account.id(), pending, false);
    }

    private Invitation sendInvitation(
            UUID practiceId,
            UUID membershipId,
            String email,
            String accountId,
            Set<String> pending,
            boolean newAccount) {
        try {
            keycloak.sendActionsEmail(accountId, pending);
            auditLog.recordEvent(
                    practiceId,
                    "Invitation",
                    membershipId.toString(),
                    "Invitation email sent to " + email + " (" + String.join(", ", pending) + ")");
            return new Invitation(membershipId, email, newAccount, pending, true, null);
        } catch (KeycloakUnavailableException e) {
            log.warn("Invitation email to {} not sent: {}", email, KeycloakUnavailableException.cause(e));
            auditLog.recordEvent(
                    practiceId,
                    "Invitation",
                    membershipId.toString(),
                    "Invitation email to " + email + " could not be sent");
            return new Invitation(
                    membershipId,
                    email,
                    newAccount,
                    pending,
                    false,
                    "The access is granted, but Keycloak could not send the invitation email. Send it again later.");
        }
    }

    @CanManageAccess
    public void changeRole(UUID practiceId, UUID membershipId, Role role) {
        if (role == null || !PRACTICE_ROLES.contains(role)) {
            throw new InvalidInputException("role", "A practice can grant clinic staff, practice manager or auditor");
        }
        transaction.executeWithoutResult(status -> {
            Membership membership = changeableMembership(practiceId, membershipId);
            if (role == Role.AUDITOR && membership.getExpiresAt() == null) {
                throw new InvalidInputException("role", "An auditor's access must end: set an expiry date first");
            }
            membership.changeRole(role);
            memberships.saveAndFlush(membership);
            RequestCache.clear();
        });
    }

    /** Access ends at the end of {@code expiresOn} (UTC); null means it does not end (not for auditors). */
    @CanManageAccess
    public void setExpiry(UUID practiceId, UUID membershipId, LocalDate expiresOn) {
        transaction.executeWithoutResult(status -> {
            Membership membership = changeableMembership(practiceId, membershipId);
            membership.changeExpiry(expiryFor(membership.getRole(), expiresOn, "expiresOn"));
            memberships.saveAndFlush(membership);
            RequestCache.clear();
        });
    }

    /**
     * Removes the membership: the person's next request in this practice is refused, whatever session
     * they have open. If it was their last membership anywhere and the provider says so, their
     * Keycloak account is disabled as well.
     */
    @CanManageAccess
    public AccountOutcome revoke(UUID practiceId, UUID membershipId) {
        AppUser user = transaction.execute(status -> {
            Membership membership = changeableMembership(practiceId, membershipId);
            memberships.delete(membership);
            RequestCache.clear();
            memberships.flush();
            return users.findById(membership.getUserId()).orElseThrow();
        });
        boolean disable = practices
                .findById(practiceId)
                .flatMap(p -> providers.findById(p.getProviderId()))
                .map(p -> p.isDisableAccountsWithoutAccess())
                .orElse(true);
        if (!disable || memberships.countByUserId(user.getId()) > 0) {
            return AccountOutcome.KEPT;
        }
        try {
            Optional<KeycloakUsers.Account> account = accountOf(user);
            if (account.isEmpty()) {
                return AccountOutcome.KEPT;
            }
            keycloak.setEnabled(account.get().id(), false);
            auditLog.recordEvent(
                    practiceId,
                    "Keycloak account",
                    account.get().id(),
                    "Disabled the sign-in account of " + user.getEmail() + ": no access left anywhere");
            return AccountOutcome.DISABLED;
        } catch (KeycloakUnavailableException e) {
            log.warn(
                    "Could not disable the Keycloak account of {}: {}",
                    user.getEmail(),
                    KeycloakUnavailableException.cause(e));
            auditLog.recordEvent(
                    practiceId,
                    "Keycloak account",
                    user.getId().toString(),
                    "Could not disable the sign-in account of " + user.getEmail() + " (Keycloak unavailable)");
            return AccountOutcome.NOT_DISABLED_KEYCLOAK_UNAVAILABLE;
        }
    }

    private Practice practice(UUID practiceId) {
        return practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice"));
    }

    /**
     * A membership on this practice that the caller may change. Another practice's membership is
     * "not found", exactly like one that does not exist; a provider-wide one, or the caller's own, is refused.
     */
    private Membership changeableMembership(UUID practiceId, UUID membershipId) {
        Practice practice = practice(practiceId);
        Membership membership = memberships
                .findById(membershipId)
                .filter(m -> practiceId.equals(m.getPracticeId())
                        || (m.isProviderWide() && practice.getProviderId().equals(m.getProviderId())))
                .orElseThrow(() -> new NotFoundException("Member"));
        if (membership.isProviderWide()) {
            auditLog.recordDenied(
                    practiceId,
                    "Membership",
                    membershipId.toString(),
                    "Refused to change provider-wide access from a practice");
            throw new AccessDeniedException("Provider-wide access is managed on the provider, not from one practice");
        }
        if (currentUser
                .find()
                .map(u -> u.appUserId().equals(membership.getUserId()))
                .orElse(false)) {
            throw new InvalidInputException("membership", "You cannot change your own access; ask another manager");
        }
        return membership;
    }

    private void requireNoActiveAccess(Practice practice, String email) {
        Instant now = clock.instant();
        users.findByEmailIgnoreCase(email).ifPresent(user -> {
            for (Membership m : memberships.findGrantingIn(user.getId(), practice.getId(), practice.getProviderId())) {
                if (m.isActiveAt(now)) {
                    throw new InvalidInputException(
                            "email",
                            email + " already has access to this practice as "
                                    + m.getRole().label().toLowerCase(Locale.ROOT)
                                    + (m.isProviderWide() ? " of the whole provider" : "")
                                    + ". Change that membership instead.");
                }
            }
        });
    }

    private Instant expiryFor(Role role, LocalDate expiresOn, String field) {
        if (expiresOn == null) {
            if (role == Role.AUDITOR) {
                throw new InvalidInputException(field, "An auditor's access must end: choose an expiry date");
            }
            return null;
        }
        Instant end = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!end.isAfter(clock.instant())) {
            throw new InvalidInputException(field, "Choose an expiry date in the future");
        }
        return end;
    }

    private Optional<KeycloakUsers.Account> accountOf(AppUser user) {
        if (user.getKeycloakSubject() != null) {
            Optional<KeycloakUsers.Account> bySubject = keycloak.findById(user.getKeycloakSubject());
            if (bySubject.isPresent()) return bySubject;
        }
        return keycloak.findByEmail(user.getEmail());
    }

    private String usernameFor(KeycloakUsers.Account account, String email) {
        String username = account.username() != null ? account.username() : email;
        return users.findByUsername(username).isPresent()
                ? email + "#" + UUID.randomUUID().toString().substring(0, 8)
                : username;
    }
}
