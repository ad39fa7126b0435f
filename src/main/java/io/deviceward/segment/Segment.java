package io.deviceward.segment;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A network segment of one practice (a VLAN with its networks). Created and changed only through
 * {@link SegmentService}, which refuses overlapping networks and a VLAN id used twice.
 */
@Entity
public class Segment implements Audited {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private String name;

    @Enumerated(EnumType.STRING)
    private SegmentPurpose purpose;

    private @Nullable Integer vlanId;

    @Convert(converter = StringListConverter.class)
    private List<String> cidrs = List.of();

    private @Nullable String gateway;
    private boolean isolated;
    private @Nullable String description;
    private @Nullable LocalDate reviewDue;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway")
    protected Segment() {}

    @SuppressWarnings("NullAway")
    Segment(Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
    }

    /** Takes over validated, normalised details (see SegmentService). */
    void apply(SegmentDetails d, List<String> normalisedCidrs, @Nullable String normalisedGateway) {
        this.name = d.getName().strip();
        this.purpose = d.getPurpose();
        this.vlanId = d.getVlanId();
        if (!normalisedCidrs.equals(this.cidrs)) this.cidrs = List.copyOf(normalisedCidrs);
        this.gateway = normalisedGateway;
        this.isolated = d.getIsolated() != null ? d.getIsolated() : purpose.isolatedByDefault();
        this.description = blankToNull(d.getDescription());
        this.reviewDue = d.getReviewDue();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public String getName() {
        return name;
    }

    public SegmentPurpose getPurpose() {
        return purpose;
    }

    public @Nullable Integer getVlanId() {
        return vlanId;
    }

    public List<String> getCidrs() {
        return cidrs;
    }

    public @Nullable String getGateway() {
        return gateway;
    }

    public boolean isIsolated() {
        return isolated;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable LocalDate getReviewDue() {
        return reviewDue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Segment";
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
