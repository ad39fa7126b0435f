package io.deviceward.segment;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a practice's flow policy: traffic from a source to a destination, by protocol and ports,
 * allowed or denied. Rules apply in the order of their positions; what no rule allows is denied.
 * The endpoints are kept as a kind and one id column per kind, so each id is a real foreign key.
 */
@Entity
public class FlowRule implements Audited {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private int position;

    @Enumerated(EnumType.STRING)
    private EndpointKind sourceKind;

    private @Nullable UUID sourceSegmentId;
    private @Nullable UUID sourceDeviceId;

    @Enumerated(EnumType.STRING)
    private EndpointKind destinationKind;

    private @Nullable UUID destinationSegmentId;
    private @Nullable UUID destinationDeviceId;

    @Enumerated(EnumType.STRING)
    private Protocol protocol;

    private @Nullable String ports;

    @Enumerated(EnumType.STRING)
    private FlowAction action;

    @Enumerated(EnumType.STRING)
    private @Nullable NamedService service;

    private @Nullable String justification;
    private @Nullable String owner;
    private @Nullable LocalDate reviewDue;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway")
    protected FlowRule() {}

    @SuppressWarnings("NullAway")
    FlowRule(Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
    }

    /** Takes over validated, normalised details (see FlowRuleWriter). */
    void apply(FlowRuleDetails d, Protocol protocol, @Nullable String ports, int position) {
        Endpoint source = d.getSource();
        Endpoint destination = d.getDestination();
        this.sourceKind = source.kind();
        this.sourceSegmentId = source.kind() == EndpointKind.SEGMENT ? source.id() : null;
        this.sourceDeviceId = source.kind() == EndpointKind.DEVICE ? source.id() : null;
        this.destinationKind = destination.kind();
        this.destinationSegmentId = destination.kind() == EndpointKind.SEGMENT ? destination.id() : null;
        this.destinationDeviceId = destination.kind() == EndpointKind.DEVICE ? destination.id() : null;
        this.protocol = protocol;
        this.ports = ports;
        this.action = d.getAction();
        this.service = d.getService();
        this.justification = blankToNull(d.getJustification());
        this.owner = blankToNull(d.getOwner());
        this.reviewDue = d.getReviewDue();
        this.position = position;
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

    public int getPosition() {
        return position;
    }

    /** A device endpoint whose device was deleted has no id any more (the rule stays, for the record). */
    public Endpoint getSource() {
        return new Endpoint(sourceKind, sourceKind == EndpointKind.SEGMENT ? sourceSegmentId : sourceDeviceId);
    }

    public Endpoint getDestination() {
        return new Endpoint(
                destinationKind, destinationKind == EndpointKind.SEGMENT ? destinationSegmentId : destinationDeviceId);
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public @Nullable String getPorts() {
        return ports;
    }

    public PortRanges portRanges() {
        return PortRanges.parse(ports);
    }

    public FlowAction getAction() {
        return action;
    }

    public @Nullable NamedService getService() {
        return service;
    }

    public @Nullable String getJustification() {
        return justification;
    }

    public @Nullable String getOwner() {
        return owner;
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

    /** "tcp 104,11112", "icmp", "any". */
    public String trafficLabel() {
        return protocol.hasPorts() && ports != null ? protocol.label() + " " + ports : protocol.label();
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Flow rule";
    }

    @Override
    public String auditLabel() {
        return "Rule " + position;
    }
}
