package io.deviceward.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The bytes of an attachment, read only when someone opens it. */
@Entity
@Table(name = "maintenance_attachment_content")
class AttachmentContent {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] content;

    protected AttachmentContent() {}

    AttachmentContent(UUID id, byte[] content) {
        this.id = id;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
