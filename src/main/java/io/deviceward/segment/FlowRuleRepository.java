package io.deviceward.segment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Flow rules of the bound practice, in their order. */
interface FlowRuleRepository extends JpaRepository<FlowRule, UUID> {
    List<FlowRule> findAllByOrderByPositionAsc();

    @Query("select coalesce(max(r.position), 0) from FlowRule r")
    int maxPosition();

    @Query(
            "select count(r) from FlowRule r where r.sourceSegmentId = :segmentId or r.destinationSegmentId = :segmentId")
    long countUsing(UUID segmentId);
}
