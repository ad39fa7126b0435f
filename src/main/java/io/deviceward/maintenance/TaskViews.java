package io.deviceward.maintenance;

import io.deviceward.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tasks as the lists show them: with their template's name and kind and their status now; and a task looked
 * up within its practice. Only for the guarded maintenance services, inside their tenant binding.
 */
@Component
class TaskViews {
    private final TemplateRepository templates;
    private final TaskRepository tasks;
    private final Clock clock;

    TaskViews(TemplateRepository templates, TaskRepository tasks, Clock clock) {
        this.templates = templates;
        this.tasks = tasks;
        this.clock = clock;
    }

    List<TaskView> of(List<MaintenanceTask> found) {
        Map<UUID, MaintenanceTemplate> byId =
                templates.findAll().stream().collect(Collectors.toMap(MaintenanceTemplate::getId, Function.identity()));
        Instant now = clock.instant();
        return found.stream()
                .map(t -> {
                    MaintenanceTemplate template = byId.get(t.getTemplateId());
                    return new TaskView(
                            t, template.getName(), template.getKind(), template.getSteps(), t.statusAt(now), null);
                })
                .toList();
    }

    TaskView of(MaintenanceTask task) {
        return of(List.of(task)).getFirst();
    }

    MaintenanceTask find(UUID practiceId, UUID taskId) {
        return tasks.findById(taskId)
                .filter(t -> practiceId.equals(t.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Task"));
    }
}
