package io.deviceward.segment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.FlowAction;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.FlowRuleDetails;
import io.deviceward.segment.NamedService;
import io.deviceward.segment.Protocol;
import io.deviceward.shared.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A practice's flow rules for integrations, in their order; what no rule allows is denied. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/flows")
@Tag(name = "Flow rules", description = "The allowed and denied traffic between segments, devices and the Internet")
class FlowApi {
    private final FlowPolicy policy;

    FlowApi(FlowPolicy policy) {
        this.policy = policy;
    }

    static class FlowRequest extends FlowRuleDetails {
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
        "source",
        "destination",
        "protocol",
        "ports",
        "action",
        "justification",
        "owner",
        "reviewDue",
        "position",
        "service",
        "version"
    })
    record FlowResource(
            UUID id,
            Endpoint source,
            Endpoint destination,
            Protocol protocol,
            @Nullable String ports,
            FlowAction action,
            @Nullable String justification,
            @Nullable String owner,
            @Nullable LocalDate reviewDue,
            int position,
            @Nullable NamedService service,
            long version) {
        static FlowResource from(FlowRule r) {
            return new FlowResource(
                    r.getId(),
                    r.getSource(),
                    r.getDestination(),
                    r.getProtocol(),
                    r.getPorts(),
                    r.getAction(),
                    r.getJustification(),
                    r.getOwner(),
                    r.getReviewDue(),
                    r.getPosition(),
                    r.getService(),
                    r.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "All flow rules of the practice, in order")
    List<FlowResource> list(@PathVariable UUID practiceId) {
        return policy.listRules(practiceId).stream().map(FlowResource::from).toList();
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "One flow rule")
    FlowResource get(@PathVariable UUID practiceId, @PathVariable UUID ruleId) {
        return FlowResource.from(policy.getRule(practiceId, ruleId));
    }

    @PostMapping
    @Operation(summary = "Add a flow rule; an allow needs a justification")
    ResponseEntity<FlowResource> create(@PathVariable UUID practiceId, @Valid @RequestBody FlowRequest request) {
        FlowRule rule = policy.createRule(practiceId, request);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + practiceId + "/flows/" + rule.getId()))
                .body(FlowResource.from(rule));
    }

    @PutMapping("/{ruleId}")
    @Operation(summary = "Change a flow rule; send the version you read, a stale one answers 409")
    FlowResource update(
            @PathVariable UUID practiceId, @PathVariable UUID ruleId, @Valid @RequestBody FlowRequest request) {
        long version = Versions.required(request.getVersion(), "rule");
        return FlowResource.from(policy.updateRule(practiceId, ruleId, version, request));
    }

    @DeleteMapping("/{ruleId}")
    @Operation(summary = "Remove a flow rule")
    ResponseEntity<Void> delete(@PathVariable UUID practiceId, @PathVariable UUID ruleId) {
        policy.deleteRule(practiceId, ruleId);
        return ResponseEntity.noContent().build();
    }
}
