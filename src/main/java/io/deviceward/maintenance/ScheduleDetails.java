package io.deviceward.maintenance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * What a schedule is made of; the form and the API both build one and {@link MaintenanceSchedules}
 * checks it (each problem names its field).
 */
public record ScheduleDetails(
        UUID templateId,
        Target target,
        String rrule,
        ZoneId timeZone,
        LocalDate startsOn,
        LocalTime dueTime,
        Set<DayOfWeek> openDays,
        ClosedDayRule onClosedDay,
        Assignee assignee,
        Duration leadTime,
        Basis basis) {}
