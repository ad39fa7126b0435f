package io.deviceward.segment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanCheckRepository extends JpaRepository<ScanCheck, UUID> {
    /** Newest scan first; two scans started in the same second are told apart by when they were checked. */
    List<ScanCheck> findAllByOrderByScannedAtDescCheckedAtDesc();
}
