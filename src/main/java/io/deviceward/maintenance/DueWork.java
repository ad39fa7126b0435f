package io.deviceward.maintenance;

import java.util.List;

/** A practice's (or provider's) open work now: due today, overdue and upcoming, each soonest first. */
public record DueWork(List<TaskView> dueToday, List<TaskView> overdue, List<TaskView> upcoming) {
    static DueWork of(List<TaskView> open) {
        return new DueWork(
                open.stream().filter(t -> t.status() == TaskStatus.DUE).toList(),
                open.stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList(),
                open.stream().filter(t -> t.status() == TaskStatus.UPCOMING).toList());
    }

    public int size() {
        return dueToday.size() + overdue.size() + upcoming.size();
    }
}
