package io.deviceward.segment.api;

import io.deviceward.segment.FlowPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The practice's flow policy as a firewall ruleset and as CSV. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}")
@Tag(name = "Policy", description = "The flow rules exported for a firewall or a report")
class PolicyApi {
    private final FlowPolicy policy;

    PolicyApi(FlowPolicy policy) {
        this.policy = policy;
    }

    @GetMapping(value = "/policy/nftables", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "An nftables ruleset enforcing the flow rules (load with nft -f on the practice's router)")
    ResponseEntity<String> nftables(@PathVariable UUID practiceId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(policy.nftablesRuleset(practiceId));
    }

    @GetMapping(value = "/policy.csv", produces = "text/csv")
    @Operation(summary = "The flow rules as CSV, one row per rule in order")
    ResponseEntity<String> csv(@PathVariable UUID practiceId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"flow-policy.csv\"")
                .body(policy.policyCsv(practiceId));
    }
}
