package io.deviceward.device;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query here is narrowed to the bound practice by Hibernate's tenant filter. */
interface DeviceRepository extends JpaRepository<Device, UUID> {

    @Query("""
            select d from Device d where :text is null or lower(d.name) like :text or lower(d.manufacturer) like :text
              or lower(d.model) like :text or lower(d.serialNumber) like :text or lower(d.location) like :text""")
    Page<Device> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(d) from Device d where :text is null or lower(d.name) like :text or lower(d.manufacturer) like :text
              or lower(d.model) like :text or lower(d.serialNumber) like :text or lower(d.location) like :text""")
    long countMatching(@Param("text") String text);

    boolean existsBySerialNumberAndIdNot(String serialNumber, UUID id);
}
