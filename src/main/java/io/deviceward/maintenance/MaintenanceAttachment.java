package io.deviceward.maintenance;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A file kept as evidence of a task; its bytes are in {@link AttachmentContent}. The audit entry keeps its SHA-256. */
@Entity
public class MaintenanceAttachment implements Audited {
    /** The largest file kept with a task. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Photos of indicator sheets, scanned printouts, PDF reports, plain-text logs. */
    public static final Set<String> TYPES =
            Set.of("image/jpeg", "image/png", "application/pdf", "text/plain", "text/csv");

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private UUID taskId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenanceAttachment() {}

    MaintenanceAttachment(UUID taskId, String fileName, String contentType, long sizeBytes, String sha256, Instant at) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Maintenance attachment";
    }

    @Override
    public String auditLabel() {
        return fileName;
    }
}
