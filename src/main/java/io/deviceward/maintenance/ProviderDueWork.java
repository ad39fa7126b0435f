package io.deviceward.maintenance;

import java.util.List;

/** Across a provider's practices: due today, overdue, and upcoming within a week. */
public record ProviderDueWork(List<ProviderTask> dueToday, List<ProviderTask> overdue, List<ProviderTask> upcoming) {
    static ProviderDueWork of(List<ProviderTask> open) {
        return new ProviderDueWork(
                open.stream().filter(t -> t.status() == TaskStatus.DUE).toList(),
                open.stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList(),
                open.stream().filter(t -> t.status() == TaskStatus.UPCOMING).toList());
    }
}
