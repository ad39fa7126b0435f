package io.deviceward.segment;

import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A practice's flow rules (which traffic may pass between segments, devices and the Internet, in order)
 * and the firewall policy computed from them: the nftables ruleset, the rules as CSV and the flow
 * matrix. Closed by default: every public method states its guard, and every change is audited through
 * the entities. See docs/decisions/2026-12-01-segment-map.md.
 */
@Service
@Validated
@PracticeScoped
public class FlowPolicy {
    private final FlowRuleRepository rules;
    private final FlowRuleWriter writer;
    private final NetworkSnapshots snapshots;

    FlowPolicy(FlowRuleRepository rules, FlowRuleWriter writer, NetworkSnapshots snapshots) {
        this.rules = rules;
        this.writer = writer;
        this.snapshots = snapshots;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<FlowRule> listRules(UUID practiceId) {
        return rules.findAllByOrderByPositionAsc();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public FlowRule getRule(UUID practiceId, UUID ruleId) {
        return findRule(practiceId, ruleId);
    }

    @CanEditPractice
    @Transactional
    public FlowRule createRule(UUID practiceId, @Valid @NotNull FlowRuleDetails details) {
        return writer.create(practiceId, details);
    }

    @CanEditPractice
    @Transactional
    public FlowRule updateRule(
            UUID practiceId, UUID ruleId, long expectedVersion, @Valid @NotNull FlowRuleDetails details) {
        FlowRule rule = findRule(practiceId, ruleId);
        if (rule.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Flow rule " + rule.getPosition());
        }
        return writer.update(practiceId, rule, details);
    }

    @CanEditPractice
    @Transactional
    public void deleteRule(UUID practiceId, UUID ruleId) {
        rules.delete(findRule(practiceId, ruleId));
        rules.flush();
    }

    private FlowRule findRule(UUID practiceId, UUID ruleId) {
        return rules.findById(ruleId)
                .filter(r -> practiceId.equals(r.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Flow rule"));
    }

    /** The nftables ruleset that enforces the practice's flow rules (checked with {@code nft -c -f}). */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String nftablesRuleset(UUID practiceId) {
        return new NftablesExport(snapshots.of(practiceId)).ruleset();
    }

    /** The flow rules as CSV, one row per rule in order, endpoints by name. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String policyCsv(UUID practiceId) {
        return PolicyCsv.of(snapshots.of(practiceId));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public FlowMatrix matrix(UUID practiceId) {
        return FlowMatrix.of(snapshots.of(practiceId));
    }

    /** The name of a rule's endpoint, for lists. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Map<Endpoint, String> endpointNames(UUID practiceId) {
        NetworkSnapshot snapshot = snapshots.of(practiceId);
        Map<Endpoint, String> names = new HashMap<>();
        names.put(Endpoint.INTERNET, SegmentService.INTERNET_NAME);
        snapshot.segments().forEach(s -> names.put(Endpoint.segment(s.getId()), s.getName()));
        snapshot.devices().forEach(d -> names.put(Endpoint.device(d.getId()), d.getName()));
        return names;
    }
}
