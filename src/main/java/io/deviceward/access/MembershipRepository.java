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

    /** Everyone with access to the practice, directly or through its provider. */
    @Query(
            "select m from Membership m where m.practiceId = :practiceId or m.providerId = :providerId order by m.role, m.grantedAt")
    List<Membership> findAllIn(@Param("practiceId") UUID practiceId, @Param("providerId") UUID providerId);

    /** Everyone with access to any practice of the provider, or to the provider as a whole. */
    @Query("select m from Membership m where m.providerId = :providerId or m.practiceId in "
            + "(select p.id from Practice p where p.providerId = :providerId) order by m.role, m.grantedAt")
    List<Membership> findAllOfProvider(@Param("providerId") UUID providerId);
}
