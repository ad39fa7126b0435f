package io.deviceward.findings;

import io.deviceward.access.PracticeAccess;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.DenyUnlessGuarded;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Everything that needs attention, from every feature that reports findings ({@link FindingSource} beans), for
 * one practice or ranked across a provider's practices. Naming no feature, it shows new sources (segments,
 * maintenance) with no change here. Each source checks access itself; this class checks it first. No transaction
 * here: each source opens its own with its practice bound as the tenant, which a transaction opened here would miss.
 */
@Service
@DenyUnlessGuarded
public class Findings {
    private final List<FindingSource> sources;
    private final PracticeAccess access;
    private final ProviderDirectory directory;

    Findings(List<FindingSource> sources, PracticeAccess access, ProviderDirectory directory) {
        this.sources = sources;
        this.access = access;
        this.directory = directory;
    }

    /** The practice's open findings, worst first. */
    @CanViewPractice
    public List<Finding> forPractice(UUID practiceId) {
        List<Finding> all = new ArrayList<>();
        for (FindingSource source : sources) {
            all.addAll(source.findings(practiceId));
        }
        all.sort(Finding.WORST_FIRST);
        return List.copyOf(all);
    }

    /** The provider's practices, worst first; a practice that wants a step-up first is listed, locked. */
    @CanViewProvider
    public List<PracticeFindings> forProvider(UUID providerId) {
        return directory.practicesOf(providerId).stream()
                .map(practice -> access.secondFactorVerdict(practice.getId()).letsIn()
                        ? new PracticeFindings(practice, forPractice(practice.getId()))
                        : new PracticeFindings(practice, null))
                .sorted(PracticeFindings.WORST_FIRST)
                .toList();
    }
}
