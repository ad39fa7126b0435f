package io.deviceward.maintenance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateRepository extends JpaRepository<MaintenanceTemplate, UUID> {
    @Query(
            "select t from MaintenanceTemplate t where t.providerId is null or t.providerId = ?1 order by t.kind, t.name")
    List<MaintenanceTemplate> availableTo(UUID providerId);

    /** The template if it is a starter or the provider's own: another provider's stays invisible. */
    default Optional<MaintenanceTemplate> findAvailable(UUID providerId, UUID templateId) {
        return findById(templateId)
                .filter(t -> t.getProviderId() == null || t.getProviderId().equals(providerId));
    }
}
