package io.deviceward.findings;

import io.deviceward.practice.Practice;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.Severity;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One practice's open findings, for a provider's ranking.
 *
 * @param findings worst first; absent when the practice's MFA policy wants a second factor this sign-in has
 *     not given, so nothing of it may be shown yet
 */
public record PracticeFindings(Practice practice, @Nullable List<Finding> findings) {

    /** Worst first: most critical findings, then most high, and so on; locked practices last; then by name. */
    public static final Comparator<PracticeFindings> WORST_FIRST = Comparator.comparing(
                    (PracticeFindings p) -> p.findings() == null)
            .thenComparing(p -> -p.count(Severity.CRITICAL))
            .thenComparing(p -> -p.count(Severity.HIGH))
            .thenComparing(p -> -p.count(Severity.MEDIUM))
            .thenComparing(p -> -p.count(Severity.LOW))
            .thenComparing(p -> p.practice().getName());

    public boolean locked() {
        return findings == null;
    }

    public long count(Severity severity) {
        return findings == null
                ? 0
                : findings.stream().filter(f -> f.severity() == severity).count();
    }

    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) counts.put(severity, count(severity));
        return counts;
    }
}
