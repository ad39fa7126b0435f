package io.deviceward.segment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentDetails;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A practice's network segments for integrations. Thin: {@link SegmentService} holds the rules and checks
 * the caller's membership, as for the UI; errors come back as problem+json (see ApiProblems).
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/segments")
@Tag(name = "Segments", description = "The network segments of one practice")
class SegmentApi {
    private final SegmentService segments;

    SegmentApi(SegmentService segments) {
        this.segments = segments;
    }

    /** The request body for create and update; update also needs the version it was read at. */
    static class SegmentRequest extends SegmentDetails {
        private @Nullable Long version;

        public @Nullable Long getVersion() {
            return version;
        }

        public void setVersion(@Nullable Long version) {
            this.version = version;
        }
    }

    @JsonPropertyOrder({
        "id",
        "name",
        "purpose",
        "vlanId",
        "cidrs",
        "gateway",
        "isolated",
        "description",
        "reviewDue",
        "version"
    })
    record SegmentResource(
            UUID id,
            String name,
            SegmentPurpose purpose,
            @Nullable Integer vlanId,
            List<String> cidrs,
            @Nullable String gateway,
            boolean isolated,
            @Nullable String description,
            @Nullable LocalDate reviewDue,
            long version) {
        static SegmentResource from(Segment s) {
            return new SegmentResource(
                    s.getId(),
                    s.getName(),
                    s.getPurpose(),
                    s.getVlanId(),
                    s.getCidrs(),
                    s.getGateway(),
                    s.isIsolated(),
                    s.getDescription(),
                    s.getReviewDue(),
                    s.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "All segments of the practice, by name")
    List<SegmentResource> list(@PathVariable UUID practiceId) {
        return segments.listSegments(practiceId).stream()
                .map(SegmentResource::from)
                .toList();
    }

    @GetMapping(value = "/map.svg", produces = "image/svg+xml")
    @Operation(summary = "The segment map as SVG, for a report")
    ResponseEntity<String> mapSvg(@PathVariable UUID practiceId) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml"))
                .body(segments.mapSvg(practiceId));
    }

    @GetMapping("/{segmentId}")
    @Operation(summary = "One segment")
    SegmentResource get(@PathVariable UUID practiceId, @PathVariable UUID segmentId) {
        return SegmentResource.from(segments.getSegment(practiceId, segmentId));
    }

    @PostMapping
    @Operation(summary = "Add a segment; overlapping networks and a VLAN id used twice are refused")
    ResponseEntity<SegmentResource> create(@PathVariable UUID practiceId, @Valid @RequestBody SegmentRequest request) {
        Segment segment = segments.createSegment(practiceId, request);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + practiceId + "/segments/" + segment.getId()))
                .body(SegmentResource.from(segment));
    }

    @PutMapping("/{segmentId}")
    @Operation(summary = "Change a segment; send the version you read, a stale one answers 409")
    SegmentResource update(
            @PathVariable UUID practiceId, @PathVariable UUID segmentId, @Valid @RequestBody SegmentRequest request) {
        long version = Versions.required(request.getVersion(), "segment");
        return SegmentResource.from(segments.updateSegment(practiceId, segmentId, version, request));
    }

    @DeleteMapping("/{segmentId}")
    @Operation(summary = "Remove a segment (its devices leave it; refused while rules use it)")
    ResponseEntity<Void> delete(@PathVariable UUID practiceId, @PathVariable UUID segmentId) {
        segments.deleteSegment(practiceId, segmentId);
        return ResponseEntity.noContent().build();
    }
}
