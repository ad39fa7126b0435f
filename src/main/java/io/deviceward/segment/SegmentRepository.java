package io.deviceward.segment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Segments of the bound practice (the tenant id narrows every query). */
interface SegmentRepository extends JpaRepository<Segment, UUID> {
    List<Segment> findAllByOrderByNameAsc();
}
