package io.deviceward.audit;

import java.time.LocalDateTime;
import java.util.UUID;

/** One entry to append to a chain, before it has a sequence number and hash. */
record AuditRecord(
        UUID scopeId,
        LocalDateTime occurredAt,
        AuditActor actor,
        AuditAction action,
        String objectType,
        String objectId,
        String summary,
        String changes) {}
