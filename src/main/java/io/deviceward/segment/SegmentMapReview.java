package io.deviceward.segment;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** When a practice's segment map was last reviewed and by whom (HIPAA's proposal: every 12 months). */
@Entity
public class SegmentMapReview implements Audited {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private LocalDate reviewedOn;
    private String reviewedBy;

    @Version
    private long version;

    @SuppressWarnings("NullAway")
    protected SegmentMapReview() {}

    @SuppressWarnings("NullAway")
    SegmentMapReview(UUID id) {
        this.id = id;
    }

    void record(LocalDate on, String by) {
        this.reviewedOn = on;
        this.reviewedBy = by;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Segment map";
    }

    @Override
    public String auditLabel() {
        return "Segment map review";
    }
}
