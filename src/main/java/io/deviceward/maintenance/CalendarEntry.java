package io.deviceward.maintenance;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the maintenance calendar: a task (with its status) or an occurrence still to be written (planned). */
public record CalendarEntry(
        LocalDate day,
        String title,
        String status,
        @Nullable UUID taskId) {}
