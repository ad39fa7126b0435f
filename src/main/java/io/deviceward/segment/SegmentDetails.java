package io.deviceward.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person or an API call states about a segment; the same rules hold for the form and the API, whose
 * JSON names these properties are. {@code isolated} left empty takes the purpose's default.
 */
public class SegmentDetails {
    @NotBlank(message = "Enter the segment's name")
    @Size(max = 100, message = "At most 100 characters")
    private @Nullable String name;

    @NotNull(message = "Choose what the segment is for")
    private @Nullable SegmentPurpose purpose;

    @Min(value = 1, message = "A VLAN id is between 1 and 4094")
    @Max(value = 4094, message = "A VLAN id is between 1 and 4094")
    private @Nullable Integer vlanId;

    @NotEmpty(message = "Enter at least one network, such as 10.0.1.0/24")
    @Size(max = 20, message = "At most 20 networks")
    private List<String> cidrs = new ArrayList<>();

    @Size(max = 45, message = "At most 45 characters")
    private @Nullable String gateway;

    private @Nullable Boolean isolated;

    @Size(max = 1000, message = "At most 1000 characters")
    private @Nullable String description;

    private @Nullable LocalDate reviewDue;

    public static SegmentDetails of(Segment segment) {
        SegmentDetails d = new SegmentDetails();
        d.name = segment.getName();
        d.purpose = segment.getPurpose();
        d.vlanId = segment.getVlanId();
        d.cidrs = new ArrayList<>(segment.getCidrs());
        d.gateway = segment.getGateway();
        d.isolated = segment.isIsolated();
        d.description = segment.getDescription();
        d.reviewDue = segment.getReviewDue();
        return d;
    }

    public static SegmentDetails of(String name, SegmentPurpose purpose, @Nullable Integer vlanId, String... cidrs) {
        SegmentDetails d = new SegmentDetails();
        d.name = name;
        d.purpose = purpose;
        d.vlanId = vlanId;
        d.cidrs = new ArrayList<>(List.of(cidrs));
        return d;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable SegmentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(@Nullable SegmentPurpose purpose) {
        this.purpose = purpose;
    }

    public @Nullable Integer getVlanId() {
        return vlanId;
    }

    public void setVlanId(@Nullable Integer vlanId) {
        this.vlanId = vlanId;
    }

    public List<String> getCidrs() {
        return cidrs;
    }

    public void setCidrs(@Nullable List<String> cidrs) {
        this.cidrs = cidrs == null ? new ArrayList<>() : new ArrayList<>(cidrs);
    }

    public @Nullable String getGateway() {
        return gateway;
    }

    public void setGateway(@Nullable String gateway) {
        this.gateway = gateway;
    }

    public @Nullable Boolean getIsolated() {
        return isolated;
    }

    public void setIsolated(@Nullable Boolean isolated) {
        this.isolated = isolated;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(@Nullable LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }
}
