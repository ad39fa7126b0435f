package io.deviceward.access;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Narrowed to the bound practice by the tenant filter. */
interface AccessReviewItemRepository extends JpaRepository<AccessReviewItem, UUID> {
    List<AccessReviewItem> findByReviewIdOrderByUserName(UUID reviewId);

    long countByReviewIdAndDecision(UUID reviewId, AccessReviewItem.Decision decision);
}
