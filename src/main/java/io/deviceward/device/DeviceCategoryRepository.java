package io.deviceward.device;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeviceCategoryRepository extends JpaRepository<DeviceCategory, UUID> {
    @Query(
            "select c from DeviceCategory c where c.providerId is null or c.providerId = :providerId order by c.position, c.label")
    List<DeviceCategory> findAvailableTo(@Param("providerId") UUID providerId);
}
