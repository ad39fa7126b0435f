package io.deviceward.access;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Narrowed to the bound practice by the tenant filter. */
interface AccessReviewRepository extends JpaRepository<AccessReview, UUID> {
    List<AccessReview> findAllByOrderByStartedAtDesc();

    boolean existsByCompletedAtIsNull();
}
