package io.deviceward.access;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One review of who has access to a practice; complete when every item is decided. */
@Entity
public class AccessReview implements Audited {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private Instant startedAt;
    private UUID startedByUserId;
    private String startedByName;
    private Instant completedAt;

    @Version
    private long version;

    protected AccessReview() {}

    AccessReview(Instant startedAt, UUID startedByUserId, String startedByName) {
        this.id = UUID.randomUUID();
        this.startedAt = startedAt;
        this.startedByUserId = startedByUserId;
        this.startedByName = startedByName;
    }

    void complete(Instant at) {
        this.completedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedByName() {
        return startedByName;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Access review";
    }

    @Override
    public String auditLabel() {
        return "Access review started by " + startedByName;
    }
}
