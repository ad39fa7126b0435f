package io.deviceward.mfa;

import io.deviceward.access.Role;
import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * A practice's MFA policy, or (practice id null) a provider's default for its practices without one.
 * {@code requiredSince} starts the enrolment grace period: it moves when the policy comes to require
 * someone it did not require before, and only then, so editing the grace period does not restart it.
 */
@Entity
public class MfaPolicy implements Audited {
    @Id
    private UUID id;

    private UUID providerId;
    private UUID practiceId;

    @Enumerated(EnumType.STRING)
    private MfaMode mode;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "required_roles")
    private Set<Role> requiredRoles;

    private boolean allowOtp;
    private boolean allowPasskey;
    private int graceDays;
    private Instant requiredSince;

    @Version
    private long version;

    protected MfaPolicy() {}

    private MfaPolicy(UUID providerId, UUID practiceId, MfaPolicySettings settings, Instant now) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.practiceId = practiceId;
        this.requiredSince = now;
        copy(settings);
    }

    static MfaPolicy forPractice(UUID providerId, UUID practiceId, MfaPolicySettings settings, Instant now) {
        return new MfaPolicy(providerId, practiceId, settings, now);
    }

    static MfaPolicy providerDefault(UUID providerId, MfaPolicySettings settings, Instant now) {
        return new MfaPolicy(providerId, null, settings, now);
    }

    void change(MfaPolicySettings settings, Instant now) {
        MfaPolicySettings before = settings();
        if (Arrays.stream(Role.values()).anyMatch(role -> settings.requires(role) && !before.requires(role))) {
            requiredSince = now;
        }
        copy(settings);
    }

    private void copy(MfaPolicySettings settings) {
        this.mode = settings.getMode();
        this.requiredRoles = settings.getMode() == MfaMode.ROLES ? settings.getRequiredRoles() : Set.of();
        this.allowOtp = settings.isAllowOtp();
        this.allowPasskey = settings.isAllowPasskey();
        this.graceDays = settings.getGraceDays();
    }

    /** A copy to edit or evaluate; changing it changes nothing here. */
    public MfaPolicySettings settings() {
        return new MfaPolicySettings(mode, requiredRoles, allowOtp, allowPasskey, graceDays);
    }

    public UUID getId() {
        return id;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public Instant getRequiredSince() {
        return requiredSince;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId != null ? practiceId : providerId;
    }

    @Override
    public String auditObjectType() {
        return practiceId != null ? "MFA policy" : "Provider MFA default";
    }

    @Override
    public String auditLabel() {
        return mode == null ? "MFA policy" : mode.label();
    }
}
