package io.deviceward.mfa;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.RequestCache;
import io.deviceward.shared.security.CanAdministerProvider;
import io.deviceward.shared.security.CanManageAccess;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The MFA policies: each practice's own, and each provider's default for practices without one.
 * Reading is open to the practice's members (auditors check it); changing a practice's policy
 * takes MANAGE_ACCESS there, the provider default a provider admin. Every change is audited.
 */
@Service
@DenyUnlessGuarded
@Validated
public class MfaPolicies {
    private final MfaPolicyRepository policies;
    private final PracticeRepository practices;
    private final JdbcClient jdbc;
    private final Clock clock;

    MfaPolicies(MfaPolicyRepository policies, PracticeRepository practices, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.practices = practices;
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public EffectiveMfaPolicy forPractice(UUID practiceId) {
        return effective(practiceId);
    }

    /**
     * The policy in force, without a permission check: for the enforcement itself (one query, once
     * per request: see {@link RequestCache}; a change clears it).
     */
    @OpenAccess("part of the access check itself: PracticeAccess.check asks it for the practice being entered")
    @Transactional(readOnly = true)
    EffectiveMfaPolicy effective(UUID practiceId) {
        return RequestCache.get("mfa-policy:" + practiceId, () -> read(practiceId));
    }

    /**
     * The practice's own policy, else its provider's default, in one plain SQL statement: it runs on every call into
     * a practice, and as JPQL it was translated again on every call (the tenant filter stops Hibernate from keeping a
     * translation) and built entities (docs/decisions/2026-12-01-resilience.md, "SQL that is not translated").
     */
    private EffectiveMfaPolicy read(UUID practiceId) {
        return jdbc
                .sql("select practice_id is not null, mode, required_roles, allow_otp, allow_passkey, grace_days,"
                        + " required_since from mfa_policy where practice_id = :practice or (practice_id is null"
                        + " and provider_id = (select provider_id from practice where id = :practice))"
                        + " order by practice_id is null")
                .param("practice", practiceId.toString())
                .query((rs, row) -> new EffectiveMfaPolicy(
                        rs.getBoolean(1)
                                ? EffectiveMfaPolicy.Source.PRACTICE
                                : EffectiveMfaPolicy.Source.PROVIDER_DEFAULT,
                        new MfaPolicySettings(
                                MfaMode.valueOf(rs.getString(2)),
                                ROLES.convertToEntityAttribute(rs.getString(3)),
                                rs.getBoolean(4),
                                rs.getBoolean(5),
                                rs.getInt(6)),
                        rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list()
                .stream()
                .findFirst()
                .orElseGet(EffectiveMfaPolicy::none);
    }

    private static final RoleSetConverter ROLES = new RoleSetConverter();

    @CanManageAccess
    @Transactional
    public EffectiveMfaPolicy setForPractice(UUID practiceId, @Valid MfaPolicySettings settings) {
        Practice practice = practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice"));
        Optional<MfaPolicy> own = policies.findByPracticeId(practiceId);
        if (own.isPresent()) {
            own.get().change(settings, clock.instant());
        } else {
            // Taking over from the provider default keeps its start, so the grace period does not restart.
            EffectiveMfaPolicy inherited = effective(practiceId);
            MfaPolicy policy = MfaPolicy.forPractice(
                    practice.getProviderId(),
                    practiceId,
                    inherited.settings(),
                    inherited.source() == EffectiveMfaPolicy.Source.NONE ? clock.instant() : inherited.requiredSince());
            policy.change(settings, clock.instant());
            policies.save(policy);
        }
        policies.flush();
        RequestCache.clear();
        return effective(practiceId);
    }

    /** Drops the practice's own policy, so the provider's default holds again. */
    @CanManageAccess
    @Transactional
    public EffectiveMfaPolicy useProviderDefault(UUID practiceId) {
        policies.findByPracticeId(practiceId).ifPresent(policies::delete);
        policies.flush();
        RequestCache.clear();
        return effective(practiceId);
    }

    @CanViewProvider
    @Transactional(readOnly = true)
    public MfaPolicySettings providerDefault(UUID providerId) {
        return policies.findByProviderIdAndPracticeIdIsNull(providerId)
                .map(MfaPolicy::settings)
                .orElseGet(MfaPolicySettings::off);
    }

    @CanAdministerProvider
    @Transactional
    public MfaPolicySettings setProviderDefault(UUID providerId, @Valid MfaPolicySettings settings) {
        Optional<MfaPolicy> existing = policies.findByProviderIdAndPracticeIdIsNull(providerId);
        if (existing.isPresent()) {
            existing.get().change(settings, clock.instant());
        } else {
            policies.save(MfaPolicy.providerDefault(providerId, settings, clock.instant()));
        }
        policies.flush();
        RequestCache.clear();
        return providerDefault(providerId);
    }
}
