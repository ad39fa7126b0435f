package io.deviceward.access;

import io.deviceward.audit.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One role for one user, on one practice or on every practice of a provider, optionally until a date. */
@Entity
public class Membership implements Audited {
    @Id
    private UUID id;

    private UUID userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private UUID practiceId;
    private UUID providerId;
    private Instant expiresAt;
    private Instant grantedAt;

    @Version
    private long version;

    protected Membership() {}

    private Membership(UUID userId, Role role, UUID practiceId, UUID providerId, Instant expiresAt, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.role = role;
        this.practiceId = practiceId;
        this.providerId = providerId;
        this.expiresAt = expiresAt;
        this.grantedAt = grantedAt;
    }

    public static Membership onPractice(UUID userId, Role role, UUID practiceId, Instant expiresAt, Instant grantedAt) {
        if (role == Role.PROVIDER_ADMIN) {
            throw new IllegalArgumentException("A provider admin is granted on a provider, not on one practice");
        }
        return new Membership(userId, role, practiceId, null, expiresAt, grantedAt);
    }

    public static Membership onProvider(UUID userId, Role role, UUID providerId, Instant expiresAt, Instant grantedAt) {
        return new Membership(userId, role, null, providerId, expiresAt, grantedAt);
    }

    /** A membership as read by plain SQL ({@link PracticeAccess}'s check): for reading; nothing is written through it. */
    static Membership asRead(
            UUID id,
            UUID userId,
            Role role,
            UUID practiceId,
            UUID providerId,
            Instant expiresAt,
            Instant grantedAt,
            long version) {
        Membership membership = new Membership(userId, role, practiceId, providerId, expiresAt, grantedAt);
        membership.id = id;
        membership.version = version;
        return membership;
    }

    void changeRole(Role newRole) {
        if (newRole == Role.PROVIDER_ADMIN && practiceId != null) {
            throw new IllegalArgumentException("A provider admin is granted on a provider, not on one practice");
        }
        this.role = newRole;
    }

    void changeExpiry(Instant newExpiry) {
        this.expiresAt = newExpiry;
    }

    /** An expired membership grants nothing, whatever its role. */
    public boolean isActiveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public boolean isProviderWide() {
        return providerId != null;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId != null ? practiceId : providerId;
    }

    @Override
    public String auditObjectType() {
        return "Membership";
    }

    @Override
    public String auditLabel() {
        return role.label();
    }
}
