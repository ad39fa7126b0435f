package io.deviceward.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An open task of one of a provider's practices, as the provider's due list shows it. */
public record ProviderTask(
        UUID practiceId,
        String practiceName,
        UUID taskId,
        String templateName,
        TemplateKind templateKind,
        String subject,
        TaskKind kind,
        LocalDate day,
        Instant dueAt,
        TaskStatus status) {}
