package io.deviceward.segment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanCheckRepository extends JpaRepository<ScanCheck, UUID> {
    List<ScanCheck> findAllByOrderByScannedAtDesc();
}
