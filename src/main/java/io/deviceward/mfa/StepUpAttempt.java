package io.deviceward.mfa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * DeviceWard sent someone to Keycloak for a second factor to enter a practice. Open until they come
 * back with one (or it goes stale); meanwhile Keycloak's login errors for them are failed step-ups.
 */
@Entity
@Table(name = "mfa_step_up")
class StepUpAttempt {
    @Id
    private UUID id;

    private UUID practiceId;
    private UUID userId;
    private String subject;
    private String userName;
    private Instant requestedAt;
    private Instant completedAt;
    /** Keycloak event time (epoch ms) up to which failures were recorded, so none is recorded twice. */
    private long failuresSeenTo;

    @Version
    private long version;

    protected StepUpAttempt() {}

    StepUpAttempt(UUID practiceId, UUID userId, String subject, String userName, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
        this.userId = userId;
        this.subject = subject;
        this.userName = userName;
        this.requestedAt = requestedAt;
        this.failuresSeenTo = requestedAt.toEpochMilli();
    }

    void complete(Instant at) {
        this.completedAt = at;
    }

    void failuresSeenTo(long epochMillis) {
        this.failuresSeenTo = Math.max(failuresSeenTo, epochMillis);
    }

    UUID getId() {
        return id;
    }

    UUID getPracticeId() {
        return practiceId;
    }

    UUID getUserId() {
        return userId;
    }

    String getSubject() {
        return subject;
    }

    String getUserName() {
        return userName;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    long getFailuresSeenTo() {
        return failuresSeenTo;
    }
}
