package io.deviceward.access;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {
    List<Membership> findByUserId(UUID userId);

    long countByUserId(UUID userId);

    /** Memberships that could grant something in the practice: on it, or on its provider. */
    @Query(
            "select m from Membership m where m.userId = :userId and (m.practiceId = :practiceId or m.providerId = :providerId)")
    List<Membership> findGrantingIn(
            @Param("userId") UUID userId, @Param("practiceId") UUID practiceId, @Param("providerId") UUID providerId);

    /**
     * The same, given only the practice: its provider is found in the same statement, so no separate
     * look-up of the practice is needed (none found when the practice does not exist). Native SQL because
     * it runs on every call into a practice, in a session whose tenant filter stops Hibernate from keeping a
     * JPQL query's translation (docs/decisions/2026-12-01-resilience.md, "SQL that is not translated").
     */
    @Query(
            value = "select m.* from membership m where m.user_id = :userId and (m.practice_id = :practiceId"
                    + " or m.provider_id = (select p.provider_id from practice p where p.id = :practiceId))",
            nativeQuery = true)
    List<Membership> findGrantingInPractice(@Param("userId") UUID userId, @Param("practiceId") UUID practiceId);

    /** Everyone with access to the practice, directly or through its provider. */
    @Query(
            "select m from Membership m where m.practiceId = :practiceId or m.providerId = :providerId order by m.role, m.grantedAt")
    List<Membership> findAllIn(@Param("practiceId") UUID practiceId, @Param("providerId") UUID providerId);

    /** Everyone with access to any practice of the provider, or to the provider as a whole. */
    @Query("select m from Membership m where m.providerId = :providerId or m.practiceId in "
            + "(select p.id from Practice p where p.providerId = :providerId) order by m.role, m.grantedAt")
    List<Membership> findAllOfProvider(@Param("providerId") UUID providerId);
}
