package io.deviceward.segment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentMapReviewRepository extends JpaRepository<SegmentMapReview, UUID> {
    Optional<SegmentMapReview> findFirstBy();
}
