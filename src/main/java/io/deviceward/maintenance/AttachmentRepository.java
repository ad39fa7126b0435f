package io.deviceward.maintenance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<MaintenanceAttachment, UUID> {
    List<MaintenanceAttachment> findByTaskIdOrderByCreatedAt(UUID taskId);
}
