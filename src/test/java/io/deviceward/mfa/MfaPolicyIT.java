package io.deviceward.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.access.AppUser;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.access.SecondFactorRequiredException;
import io.deviceward.access.SecondFactorVerdict;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.practice.ProviderRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import io.deviceward.support.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The MFA policy through the services, as a signed-in session reaches them: who may set it, what
 * the provider default does, and its enforcement on every call into the practice, grace period
 * included (the clock is moved, not slept on).
 */
@IntegrationTest
class MfaPolicyIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    MfaPolicies policies;

    @Autowired
    DeviceService devices;

    @Autowired
    PracticeAccess access;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProviderDirectory providers;

    @Autowired
    ProviderRepository providerRepository;

    Provider provider;
    Practice practice;
    AppUser manager;
    AppUser admin;

    @BeforeEach
    void practiceWithManagerAndProviderAdmin() {
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        admin = fixtures.adminOf(provider);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static MfaPolicySettings everyone(int graceDays) {
        return new MfaPolicySettings(MfaMode.EVERYONE, Set.of(), true, true, graceDays);
    }

    @Test
    void withoutAnyPolicyNobodyNeedsASecondFactor() {
        EffectiveMfaPolicy policy = SignIn.as(manager.getId(), () -> policies.forPractice(practice.getId()));
        assertThat(policy.source()).isEqualTo(EffectiveMfaPolicy.Source.NONE);
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isZero();
    }

    @Test
    void theProviderDefaultHoldsUntilThePracticeSetsItsOwn() {
        SignIn.run(
                admin.getId(),
                () -> policies.setProviderDefault(
                        provider.getId(),
                        new MfaPolicySettings(MfaMode.ROLES, EnumSet.of(Role.PRACTICE_MANAGER), true, false, 0)));
        EffectiveMfaPolicy inherited =
                SignIn.withSecondFactor(manager.getId(), () -> policies.forPractice(practice.getId()));
        assertThat(inherited.source()).isEqualTo(EffectiveMfaPolicy.Source.PROVIDER_DEFAULT);
        assertThat(inherited.settings().requires(Role.PRACTICE_MANAGER)).isTrue();
        assertThat(inherited.settings().requires(Role.CLINIC_STAFF)).isFalse();

        EffectiveMfaPolicy own =
                SignIn.withSecondFactor(manager.getId(), () -> policies.setForPractice(practice.getId(), everyone(7)));
        assertThat(own.source()).isEqualTo(EffectiveMfaPolicy.Source.PRACTICE);
        assertThat(own.settings().requires(Role.CLINIC_STAFF)).isTrue();

        EffectiveMfaPolicy back =
                SignIn.withSecondFactor(manager.getId(), () -> policies.useProviderDefault(practice.getId()));
        assertThat(back.source()).isEqualTo(EffectiveMfaPolicy.Source.PROVIDER_DEFAULT);
        assertThat(auditTexts()).anyMatch(t -> t.contains("MFA policy"));
    }

    @Test
    void aPolicyMustNameItsRolesAndAllowAFactor() {
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> policies.setForPractice(
                                practice.getId(), new MfaPolicySettings(MfaMode.ROLES, Set.of(), true, true, 0))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose at least one role");
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> policies.setForPractice(
                                practice.getId(), new MfaPolicySettings(MfaMode.EVERYONE, Set.of(), false, false, 0))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Allow at least one kind");
        assertThatThrownBy(
                        () -> SignIn.as(manager.getId(), () -> policies.setForPractice(practice.getId(), everyone(91))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("at most 90 days");
        assertThat(SignIn.as(manager.getId(), () -> policies.forPractice(practice.getId()))
                        .source())
                .isEqualTo(EffectiveMfaPolicy.Source.NONE);
    }

    @Test
    void staffAuditorsAndOtherPracticesCannotChangeThePolicy() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        AppUser auditor = fixtures.memberOf(practice, Role.AUDITOR);
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);

        assertThatThrownBy(() -> SignIn.as(
                        staff.getId(), () -> policies.setForPractice(practice.getId(), MfaPolicySettings.off())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(
                        auditor.getId(), () -> policies.setForPractice(practice.getId(), MfaPolicySettings.off())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        SignIn.as(otherManager.getId(), () -> policies.setForPractice(practice.getId(), everyone(0))))
                .isInstanceOf(NotFoundException.class);
        // Only a provider admin sets the provider's default; a practice manager of it may not.
        assertThatThrownBy(() ->
                        SignIn.as(manager.getId(), () -> policies.setProviderDefault(provider.getId(), everyone(0))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(auditor.getId(), () -> policies.forPractice(practice.getId()))
                        .source())
                .isEqualTo(EffectiveMfaPolicy.Source.NONE);
    }

    @Test
    void onlyAProviderAdminTurnsOffDisablingAccountsWithoutAccess() {
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(), () -> providers.setDisableAccountsWithoutAccess(provider.getId(), false)))
                .isInstanceOf(NotFoundException.class);
        assertThat(providerRepository.findById(provider.getId()).orElseThrow().isDisableAccountsWithoutAccess())
                .isTrue();
        SignIn.run(admin.getId(), () -> providers.setDisableAccountsWithoutAccess(provider.getId(), false));
        assertThat(providerRepository.findById(provider.getId()).orElseThrow().isDisableAccountsWithoutAccess())
                .isFalse();
        assertThat(jdbc.queryForList(
                        "select summary from audit_entry where scope_id = ?",
                        String.class,
                        provider.getId().toString()))
                .anyMatch(t -> t.contains("will stay enabled"));
    }

    @Test
    void aRequiredSecondFactorIsEnforcedOnEveryCallAndTheRefusalIsAudited() {
        SignIn.run(manager.getId(), () -> policies.setForPractice(practice.getId(), everyone(0)));

        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isInstanceOf(SecondFactorRequiredException.class);
        assertThat(auditTexts()).anyMatch(t -> t.contains("requires a second factor"));
        assertThat(SignIn.withSecondFactor(manager.getId(), () -> devices.count(practice.getId())))
                .isZero();
        assertThat(SignIn.withSecondFactor(manager.getId(), () -> access.secondFactorVerdict(practice.getId())))
                .isEqualTo(SecondFactorVerdict.SATISFIED);
    }

    @Test
    void onlyTheChosenRolesAreAsked() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        SignIn.run(
                manager.getId(),
                () -> policies.setForPractice(
                        practice.getId(),
                        new MfaPolicySettings(MfaMode.ROLES, EnumSet.of(Role.PRACTICE_MANAGER), true, true, 0)));

        assertThat(SignIn.as(staff.getId(), () -> devices.count(practice.getId())))
                .isZero();
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isInstanceOf(SecondFactorRequiredException.class);
    }

    @Test
    void someoneWithoutASecondFactorMayEnterDuringTheGracePeriodAndNotAfter() {
        SignIn.run(manager.getId(), () -> policies.setForPractice(practice.getId(), everyone(14)));

        // The test user has no Keycloak account, so no second factor: in grace, in.
        SecondFactorVerdict inGrace = SignIn.as(manager.getId(), () -> access.secondFactorVerdict(practice.getId()));
        assertThat(inGrace.outcome()).isEqualTo(SecondFactorVerdict.Outcome.IN_GRACE);
        assertThat(inGrace.graceEndsAt()).isAfter(clock.instant().plus(Duration.ofDays(13)));
        assertThat(SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isZero();

        clock.advance(Duration.ofDays(15));
        SecondFactorVerdict after = SignIn.as(manager.getId(), () -> access.secondFactorVerdict(practice.getId()));
        assertThat(after.outcome()).isEqualTo(SecondFactorVerdict.Outcome.STEP_UP);
        assertThat(after.mustEnrol()).isTrue();
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> devices.count(practice.getId())))
                .isInstanceOf(SecondFactorRequiredException.class)
                .satisfies(e -> assertThat(((SecondFactorRequiredException) e).mustEnrol())
                        .isTrue());
    }

    @Test
    void changingTheMethodsDoesNotRestartTheGracePeriodButRequiringMorePeopleDoes() {
        SignIn.run(
                manager.getId(),
                () -> policies.setForPractice(
                        practice.getId(),
                        new MfaPolicySettings(MfaMode.ROLES, EnumSet.of(Role.PRACTICE_MANAGER), true, true, 10)));
        clock.advance(Duration.ofDays(11));
        SignIn.withSecondFactor(
                manager.getId(),
                () -> policies.setForPractice(
                        practice.getId(),
                        new MfaPolicySettings(MfaMode.ROLES, EnumSet.of(Role.PRACTICE_MANAGER), true, false, 10)));
        assertThat(SignIn.as(manager.getId(), () -> access.secondFactorVerdict(practice.getId()))
                        .outcome())
                .isEqualTo(SecondFactorVerdict.Outcome.STEP_UP);

        // A provider admin (with a second factor) widens it to everyone: a new grace period for those newly asked.
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        SignIn.withSecondFactor(admin.getId(), () -> policies.setForPractice(practice.getId(), everyone(10)));
        assertThat(SignIn.as(staff.getId(), () -> access.secondFactorVerdict(practice.getId()))
                        .outcome())
                .isEqualTo(SecondFactorVerdict.Outcome.IN_GRACE);
    }

    private List<String> auditTexts() {
        return jdbc.queryForList(
                "select concat(object_type, ': ', coalesce(summary, '')) from audit_entry where scope_id = ? order by seq",
                String.class,
                practice.getId().toString());
    }
}
