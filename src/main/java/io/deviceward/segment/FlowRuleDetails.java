package io.deviceward.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person or an API call states about a flow rule. A named service fills in protocol and ports left
 * empty; an allow needs a justification; the position orders the rules (the first that matches decides).
 */
public class FlowRuleDetails {
    @NotNull(message = "Choose where the traffic comes from")
    private @Nullable Endpoint source;

    @NotNull(message = "Choose where the traffic goes")
    private @Nullable Endpoint destination;

    private @Nullable Protocol protocol;

    @Size(max = 500, message = "At most 500 characters")
    private @Nullable String ports;

    @NotNull(message = "Choose allow or deny")
    private @Nullable FlowAction action;

    @Size(max = 1000, message = "At most 1000 characters")
    private @Nullable String justification;

    @Size(max = 200, message = "At most 200 characters")
    private @Nullable String owner;

    private @Nullable LocalDate reviewDue;
    private @Nullable NamedService service;

    @Min(value = 1, message = "A position is between 1 and 100000")
    @Max(value = 100_000, message = "A position is between 1 and 100000")
    private @Nullable Integer position;

    public static FlowRuleDetails of(FlowRule rule) {
        FlowRuleDetails d = new FlowRuleDetails();
        d.source = rule.getSource();
        d.destination = rule.getDestination();
        d.protocol = rule.getProtocol();
        d.ports = rule.getPorts();
        d.action = rule.getAction();
        d.justification = rule.getJustification();
        d.owner = rule.getOwner();
        d.reviewDue = rule.getReviewDue();
        d.service = rule.getService();
        d.position = rule.getPosition();
        return d;
    }

    /** An allow of a protocol and ports, with its justification. */
    public static FlowRuleDetails allow(
            Endpoint source, Endpoint destination, Protocol protocol, @Nullable String ports, String justification) {
        FlowRuleDetails d = new FlowRuleDetails();
        d.source = source;
        d.destination = destination;
        d.protocol = protocol;
        d.ports = ports;
        d.action = FlowAction.ALLOW;
        d.justification = justification;
        return d;
    }

    public static FlowRuleDetails deny(
            Endpoint source, Endpoint destination, Protocol protocol, @Nullable String ports) {
        FlowRuleDetails d = new FlowRuleDetails();
        d.source = source;
        d.destination = destination;
        d.protocol = protocol;
        d.ports = ports;
        d.action = FlowAction.DENY;
        return d;
    }

    public @Nullable Endpoint getSource() {
        return source;
    }

    public void setSource(@Nullable Endpoint source) {
        this.source = source;
    }

    public @Nullable Endpoint getDestination() {
        return destination;
    }

    public void setDestination(@Nullable Endpoint destination) {
        this.destination = destination;
    }

    public @Nullable Protocol getProtocol() {
        return protocol;
    }

    public void setProtocol(@Nullable Protocol protocol) {
        this.protocol = protocol;
    }

    public @Nullable String getPorts() {
        return ports;
    }

    public void setPorts(@Nullable String ports) {
        this.ports = ports;
    }

    public @Nullable FlowAction getAction() {
        return action;
    }

    public void setAction(@Nullable FlowAction action) {
        this.action = action;
    }

    public @Nullable String getJustification() {
        return justification;
    }

    public void setJustification(@Nullable String justification) {
        this.justification = justification;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(@Nullable LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public @Nullable NamedService getService() {
        return service;
    }

    public void setService(@Nullable NamedService service) {
        this.service = service;
    }

    public @Nullable Integer getPosition() {
        return position;
    }

    public void setPosition(@Nullable Integer position) {
        this.position = position;
    }
}
