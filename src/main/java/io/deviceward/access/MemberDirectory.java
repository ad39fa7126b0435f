package io.deviceward.access;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.OpenAccess;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Who has access to a practice, directly or through its provider. Changes go through {@link AccessManagement}. */
@Service
@PracticeScoped
public class MemberDirectory {
    private final MembershipRepository memberships;
    private final AppUserRepository users;
    private final PracticeRepository practices;
    private final Clock clock;
    private final KeycloakUsers keycloak;
    private final TransactionTemplate readOnly;
    private static final Logger log = LoggerFactory.getLogger(MemberDirectory.class);

    private final ObjectProvider<SecondFactorRule> secondFactorRule;

    MemberDirectory(
            MembershipRepository memberships,
            AppUserRepository users,
            PracticeRepository practices,
            KeycloakUsers keycloak,
            PlatformTransactionManager transactions,
            Clock clock,
            ObjectProvider<SecondFactorRule> secondFactorRule) {
        this.secondFactorRule = secondFactorRule;
        this.keycloak = keycloak;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.memberships = memberships;
        this.users = users;
        this.practices = practices;
        this.clock = clock;
    }

    /** {@code practiceId} is null for a provider-wide membership. */
    public record Member(
            UUID membershipId,
            UUID userId,
            String name,
            String email,
            Role role,
            boolean providerWide,
            UUID practiceId,
            Instant expiresAt,
            boolean active,
            Instant lastLoginAt,
            String keycloakSubject) {}

    /** Where a member stands: invited (never signed in), active, disabled in Keycloak, or expired here. */
    public enum Status {
        INVITED("Invited"),
        ACTIVE("Active"),
        DISABLED("Disabled"),
        EXPIRED("Expired");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A member with what Keycloak says about their account; {@code secondFactors} is null when Keycloak
     * could not be asked (or knows no such account): the page then shows "unknown" rather than failing.
     */
    public record MemberAccess(Member member, Status status, Set<SecondFactor> secondFactors, boolean mfaRequired) {}

    /** A membership anywhere in a provider, for its people page: where it applies ("All practices" or a practice's name). */
    public record ProviderMember(String appliesTo, Member member, Set<SecondFactor> secondFactors) {}

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Member> members(UUID practiceId) {
        UUID providerId = practices
                .findById(practiceId)
                .orElseThrow(() -> new NotFoundException("Practice"))
                .getProviderId();
        return toMembers(memberships.findAllIn(practiceId, providerId));
    }

    /**
     * The members with their status and second factors as Keycloak has them. Keycloak is asked outside
     * any database transaction; if it does not answer, the rest is shown with the MFA status unknown.
     */
    @CanViewPractice
    public List<MemberAccess> withAccounts(UUID practiceId) {
        List<Member> list = readOnly.execute(status -> members(practiceId));
        Map<UUID, KeycloakSide> accounts = keycloakSides(list);
        SecondFactorRule rule = secondFactorRule.getIfAvailable();
        List<MemberAccess> rows = new ArrayList<>();
        for (Member member : list) {
            KeycloakSide side = accounts.getOrDefault(member.userId(), KeycloakSide.UNKNOWN);
            Status status = !member.active()
                    ? Status.EXPIRED
                    : side.account().isPresent() && !side.account().get().enabled()
                            ? Status.DISABLED
                            : member.lastLoginAt() == null ? Status.INVITED : Status.ACTIVE;
            rows.add(new MemberAccess(
                    member, status, side.factors(), rule != null && rule.requires(practiceId, member.role())));
        }
        return rows;
    }

    /**
     * Everyone with access anywhere in the provider, with their second factors from Keycloak (asked
     * once per person, outside any transaction; unknown if Keycloak does not answer).
     */
    @CanViewProvider
    public List<ProviderMember> providerMembers(UUID providerId) {
        record Row(String appliesTo, Member member) {}
        List<Row> rows = readOnly.execute(status -> {
            Map<UUID, String> practiceNames = practices.findByProviderIdOrderByName(providerId).stream()
                    .collect(Collectors.toMap(Practice::getId, Practice::getName));
            return toMembers(memberships.findAllOfProvider(providerId)).stream()
                    .map(m -> new Row(
                            m.providerWide() ? "All practices" : practiceNames.getOrDefault(m.practiceId(), "?"), m))
                    .sorted(Comparator.comparing(Row::appliesTo)
                            .thenComparing(r -> r.member().name()))
                    .toList();
        });
        Map<UUID, KeycloakSide> accounts =
                keycloakSides(rows.stream().map(Row::member).toList());
        return rows.stream()
                .map(r -> new ProviderMember(
                        r.appliesTo(),
                        r.member(),
                        accounts.getOrDefault(r.member().userId(), KeycloakSide.UNKNOWN)
                                .factors()))
                .toList();
    }

    private List<Member> toMembers(List<Membership> granting) {
        Map<UUID, AppUser> byId = users
                .findAllById(granting.stream().map(Membership::getUserId).toList())
                .stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        Instant now = clock.instant();
        return granting.stream()
                .map(m -> {
                    AppUser user = byId.get(m.getUserId());
                    return new Member(
                            m.getId(),
                            user.getId(),
                            user.getDisplayName(),
                            user.getEmail(),
                            m.getRole(),
                            m.isProviderWide(),
                            m.getPracticeId(),
                            m.getExpiresAt(),
                            m.isActiveAt(now),
                            user.getLastLoginAt(),
                            user.getKeycloakSubject());
                })
                .toList();
    }

    /** Keycloak's account of a member and its second factors; {@code factors} null when not known. */
    private record KeycloakSide(Optional<KeycloakUsers.Account> account, Set<SecondFactor> factors) {
        static final KeycloakSide UNKNOWN = new KeycloakSide(Optional.empty(), null);
    }

    /**
     * Keycloak's side of each person (by linked subject, else by email), asked once per person. Once
     * Keycloak fails to answer it is not asked again: the rest stay unknown.
     */
    private Map<UUID, KeycloakSide> keycloakSides(List<Member> members) {
        Map<UUID, KeycloakSide> sides = new HashMap<>();
        for (Member member : members) {
            if (sides.containsKey(member.userId())) continue;
            try {
                Optional<KeycloakUsers.Account> account = member.keycloakSubject() != null
                        ? keycloak.findById(member.keycloakSubject())
                        : Optional.empty();
                if (account.isEmpty()) account = keycloak.findByEmail(member.email());
                sides.put(
                        member.userId(),
                        new KeycloakSide(
                                account,
                                account.isPresent()
                                        ? keycloak.secondFactors(account.get().id())
                                        : null));
            } catch (KeycloakUnavailableException e) {
                log.warn(
                        "Keycloak did not answer while listing members; MFA status shown as unknown: {}",
                        KeycloakUnavailableException.cause(e));
                break;
            }
        }
        return sides;
    }

    /** The realm's password policy in words, as configured (the service account may not read realm settings). */
    @OpenAccess("the realm's password policy is configuration every member may read, not practice data")
    public String passwordPolicy() {
        return PasswordPolicyText.describe(keycloak.properties().passwordPolicy());
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long activeMemberCount(UUID practiceId) {
        return members(practiceId).stream()
                .filter(Member::active)
                .map(Member::email)
                .distinct()
                .count();
    }
}
