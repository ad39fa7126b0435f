package io.deviceward.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measured durations of one operation, in nanoseconds, and their median, p90 and max. */
final class Timings {
    final String operation;
    int warmups;
    private final List<Long> nanos = new ArrayList<>();

    Timings(String operation) {
        this.operation = operation;
    }

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    int runs() {
        return nanos.size();
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p90Ms() {
        return percentileMs(90);
    }

    double maxMs() {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    /** Nearest-rank percentile (the median of an even count is the mean of the two middle values). */
    double percentileMs(int percentile) {
        if (nanos.isEmpty()) return Double.NaN;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        if (percentile == 50) {
            int mid = sorted.length / 2;
            return (sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0) / 1e6;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String row(String target) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %d | %d | %s |",
                operation,
                medianMs(),
                p90Ms(),
                maxMs(),
                runs(),
                warmups,
                target);
    }
}
