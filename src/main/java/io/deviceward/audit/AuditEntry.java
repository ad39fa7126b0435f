package io.deviceward.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A written audit entry, for reading only: the app never updates or deletes one. */
@Entity
@Immutable
public class AuditEntry {
    @Id
    private Long id;

    private UUID scopeId;
    private long seq;
    private LocalDateTime occurredAt;
    private UUID actorUserId;
    private String actorSubject;
    private String actorName;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String objectType;
    private String objectId;
    private String summary;
    private String changes;

    protected AuditEntry() {}

    public long getSeq() {
        return seq;
    }
    /** In UTC. */
    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorUserId() {
        return actorUserId;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSummary() {
        return summary;
    }
    /** JSON: field name to [old, new]. */
    public String getChanges() {
        return changes;
    }
}
