package io.deviceward.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant filter limits every query to the bound practice. */
interface TaskRepository extends JpaRepository<MaintenanceTask, UUID> {
    List<MaintenanceTask> findByStateOrderByStartsAtAscSubjectNameAsc(TaskState state);

    List<MaintenanceTask> findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(LocalDate from, LocalDate to);

    List<MaintenanceTask> findByDeviceIdAndOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(
            UUID deviceId, LocalDate from, LocalDate to);

    List<MaintenanceTask> findByStateAndMissedAtLessThanEqual(TaskState state, Instant now);

    @Query("select t from MaintenanceTask t where t.state = io.deviceward.maintenance.TaskState.DONE"
            + " and t.outcome = io.deviceward.maintenance.Outcome.FAILED and t.resolvedAt is null")
    List<MaintenanceTask> unresolvedFailures();

    @Query("select t from MaintenanceTask t where t.state = io.deviceward.maintenance.TaskState.MISSED"
            + " and t.missedAt >= ?1 order by t.occurrenceOn")
    List<MaintenanceTask> missedSince(Instant since);

    Optional<MaintenanceTask> findFirstByDeviceIdAndTemplateIdInAndOutcomeOrderByCompletedAtDesc(
            UUID deviceId, Collection<UUID> templateIds, Outcome outcome);

    List<MaintenanceTask> findByScheduleIdAndStateAndStepDoneAndStartsAtAfter(
            UUID scheduleId, TaskState state, int stepDone, Instant after);

    Optional<MaintenanceTask> findFirstByScheduleIdOrderByOccurrenceOnDesc(UUID scheduleId);
}
