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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private final Clock clock;

    MfaPolicies(MfaPolicyRepository policies, PracticeRepository practices, Clock clock) {
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

    private EffectiveMfaPolicy read(UUID practiceId) {
        List<MfaPolicy> found = policies.findOwnAndDefault(practiceId);
        return found.stream()
                .filter(p -> p.getPracticeId() != null)
                .findFirst()
                .map(own -> new EffectiveMfaPolicy(
                        EffectiveMfaPolicy.Source.PRACTICE, own.settings(), own.getRequiredSince()))
                .or(() -> found.stream()
                        .findFirst()
                        .map(d -> new EffectiveMfaPolicy(
                                EffectiveMfaPolicy.Source.PROVIDER_DEFAULT, d.settings(), d.getRequiredSince())))
                .orElseGet(EffectiveMfaPolicy::none);
    }

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
