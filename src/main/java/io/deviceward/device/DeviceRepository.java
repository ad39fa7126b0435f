package io.deviceward.device;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Every query here is narrowed to the bound practice by Hibernate's tenant filter. */
interface DeviceRepository extends JpaRepository<Device, UUID>, JpaSpecificationExecutor<Device> {

    boolean existsBySerialNumberAndIdNot(String serialNumber, UUID id);

    boolean existsByMacAddressAndIdNot(String macAddress, UUID id);

    List<Device> findBySerialNumberIn(Collection<String> serialNumbers);

    List<Device> findByMacAddressIn(Collection<String> macAddresses);
}
