package io.deviceward.access;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One membership under review, as it was when the review started, and what was decided about it. */
@Entity
public class AccessReviewItem implements Audited {
    public enum Decision {
        PENDING,
        CONFIRMED,
        REVOKED,
        /** An expired membership given a new expiry: never "confirmed" as it stood. */
        RENEWED
    }

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private UUID reviewId;
    private UUID membershipId;
    private String userName;
    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean providerWide;
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private Decision decision = Decision.PENDING;

    private Instant decidedAt;
    private String decidedByName;

    @Version
    private long version;

    protected AccessReviewItem() {}

    AccessReviewItem(UUID reviewId, Membership membership, AppUser user) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.membershipId = membership.getId();
        this.userName = user.getDisplayName();
        this.email = user.getEmail();
        this.role = membership.getRole();
        this.providerWide = membership.isProviderWide();
        this.expiresAt = membership.getExpiresAt();
    }

    void decide(Decision decision, Instant at, String by) {
        this.decision = decision;
        this.decidedAt = at;
        this.decidedByName = by;
    }

    public UUID getId() {
        return id;
    }

    public UUID getReviewId() {
        return reviewId;
    }

    public UUID getMembershipId() {
        return membershipId;
    }

    public String getUserName() {
        return userName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public boolean isProviderWide() {
        return providerWide;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public boolean isPending() {
        return decision == Decision.PENDING;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Access review item";
    }

    @Override
    public String auditLabel() {
        return role.label() + " " + email;
    }
}
