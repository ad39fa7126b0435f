package io.deviceward.maintenance;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The tenant filter limits every query to the bound practice. */
interface ScheduleRepository extends JpaRepository<MaintenanceSchedule, UUID> {
    /** Locked, so two replicas (or a request and the job) never write the same occurrence twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MaintenanceSchedule s where s.refreshAt <= ?1 order by s.id")
    List<MaintenanceSchedule> lockDueForRefresh(Instant now);

    List<MaintenanceSchedule> findByActiveTrueOrderByCreatedAt();
}
