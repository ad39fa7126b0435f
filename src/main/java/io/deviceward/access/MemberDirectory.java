package io.deviceward.access;

import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final org.springframework.beans.factory.ObjectProvider<SecondFactorRule> secondFactorRule;

    MemberDirectory(MembershipRepository memberships, AppUserRepository users, PracticeRepository practices,
            KeycloakUsers keycloak, PlatformTransactionManager transactions, Clock clock,
            org.springframework.beans.factory.ObjectProvider<SecondFactorRule> secondFactorRule) {
        this.secondFactorRule = secondFactorRule;
        this.keycloak = keycloak;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.memberships = memberships;
        this.users = users;
        this.practices = practices;
        this.clock = clock;
    }

    public record Member(UUID membershipId, UUID userId, String name, String email, Role role, boolean providerWide,
            Instant expiresAt, boolean active, Instant lastLoginAt, String keycloakSubject) {}

    /** Where a member stands: invited (never signed in), active, disabled in Keycloak, or expired here. */
    public enum Status {
        INVITED("Invited"), ACTIVE("Active"), DISABLED("Disabled"), EXPIRED("Expired");

        private final String label;
        Status(String label) { this.label = label; }
        public String label() { return label; }
    }

    /**
     * A member with what Keycloak says about their account; {@code secondFactors} is null when Keycloak
     * could not be asked (or knows no such account): the page then shows "unknown" rather than failing.
     */
    public record MemberAccess(Member member, Status status, Set<SecondFactor> secondFactors, boolean mfaRequired) {
        public String mfaLabel() {
            String factors = secondFactors == null ? "Unknown" : secondFactors.isEmpty() ? "None"
                    : secondFactors.stream().map(SecondFactor::label).collect(Collectors.joining(", "));
            return mfaRequired ? factors + " (required)" : factors;
        }
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Member> members(UUID practiceId) {
        UUID providerId = practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice")).getProviderId();
        List<Membership> granting = memberships.findAllIn(practiceId, providerId);
        Map<UUID, AppUser> byId = users.findAllById(granting.stream().map(Membership::getUserId).toList()).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        Instant now = clock.instant();
        return granting.stream().map(m -> {
            AppUser user = byId.get(m.getUserId());
            return new Member(m.getId(), user.getId(), user.getDisplayName(), user.getEmail(), m.getRole(), m.isProviderWide(),
                    m.getExpiresAt(), m.isActiveAt(now), user.getLastLoginAt(), user.getKeycloakSubject());
        }).toList();
    }

    /**
     * The members with their status and second factors as Keycloak has them. Keycloak is asked outside
     * any database transaction; if it does not answer, the rest is shown with the MFA status unknown.
     */
    @CanViewPractice
    public List<MemberAccess> withAccounts(UUID practiceId) {
        List<Member> list = readOnly.execute(status -> members(practiceId));
        boolean keycloakAnswers = true;
        List<MemberAccess> rows = new ArrayList<>();
        for (Member member : list) {
            Optional<KeycloakUsers.Account> account = Optional.empty();
            Set<SecondFactor> factors = null;
            if (keycloakAnswers) {
                try {
                    account = member.keycloakSubject() != null ? keycloak.findById(member.keycloakSubject()) : Optional.empty();
                    if (account.isEmpty()) account = keycloak.findByEmail(member.email());
                    if (account.isPresent()) factors = keycloak.secondFactors(account.get().id());
                } catch (KeycloakUnavailableException e) {
                    log.warn("Keycloak did not answer while listing members; MFA status shown as unknown", e);
                    keycloakAnswers = false;
                }
            }
            Status status = !member.active() ? Status.EXPIRED
                    : account.isPresent() && !account.get().enabled() ? Status.DISABLED
                    : member.lastLoginAt() == null ? Status.INVITED
                    : Status.ACTIVE;
            SecondFactorRule rule = secondFactorRule.getIfAvailable();
            rows.add(new MemberAccess(member, status, factors, rule != null && rule.requires(practiceId, member.role())));
        }
        return rows;
    }

    /** A membership anywhere in a provider, for its people page: where it applies ("All practices" or a practice's name). */
    public record ProviderMember(String appliesTo, Member member, String mfaLabel) {}

    /**
     * Everyone with access anywhere in the provider, with their second factors from Keycloak (asked
     * once per person, outside any transaction; "Unknown" if Keycloak does not answer).
     */
    @PreAuthorize("@practiceAccess.checkProvider(#providerId)")
    public List<ProviderMember> providerMembers(UUID providerId) {
        record Row(String appliesTo, Member member) {}
        List<Row> rows = readOnly.execute(status -> {
            Map<UUID, String> practiceNames = practices.findByProviderIdOrderByName(providerId).stream()
                    .collect(Collectors.toMap(io.deviceward.practice.Practice::getId, io.deviceward.practice.Practice::getName));
            List<Membership> all = memberships.findAllOfProvider(providerId);
            Map<UUID, AppUser> byId = users.findAllById(all.stream().map(Membership::getUserId).toList()).stream()
                    .collect(Collectors.toMap(AppUser::getId, Function.identity()));
            Instant now = clock.instant();
            return all.stream().map(m -> {
                AppUser user = byId.get(m.getUserId());
                return new Row(m.isProviderWide() ? "All practices" : practiceNames.getOrDefault(m.getPracticeId(), "?"),
                        new Member(m.getId(), user.getId(), user.getDisplayName(), user.getEmail(), m.getRole(), m.isProviderWide(),
                                m.getExpiresAt(), m.isActiveAt(now), user.getLastLoginAt(), user.getKeycloakSubject()));
            }).sorted(java.util.Comparator.comparing(Row::appliesTo).thenComparing(r -> r.member().name())).toList();
        });
        Map<UUID, String> mfaByUser = new java.util.HashMap<>();
        boolean keycloakAnswers = true;
        for (Row row : rows) {
            if (mfaByUser.containsKey(row.member().userId())) continue;
            String label = "Unknown";
            if (keycloakAnswers) {
                try {
                    Optional<KeycloakUsers.Account> account = row.member().keycloakSubject() != null
                            ? keycloak.findById(row.member().keycloakSubject()) : keycloak.findByEmail(row.member().email());
                    if (account.isPresent()) {
                        label = new MemberAccess(row.member(), Status.ACTIVE, keycloak.secondFactors(account.get().id()), false).mfaLabel();
                    }
                } catch (KeycloakUnavailableException e) {
                    log.warn("Keycloak did not answer while listing the provider's people; MFA status shown as unknown", e);
                    keycloakAnswers = false;
                }
            }
            mfaByUser.put(row.member().userId(), label);
        }
        return rows.stream().map(r -> new ProviderMember(r.appliesTo(), r.member(), mfaByUser.get(r.member().userId()))).toList();
    }

    /** The realm's password policy in words, as configured (the service account may not read realm settings). */
    public String passwordPolicy() {
        return PasswordPolicyText.describe(keycloak.properties().passwordPolicy());
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long activeMemberCount(UUID practiceId) {
        return members(practiceId).stream().filter(Member::active).map(Member::email).distinct().count();
    }
}
