package io.deviceward.mfa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MfaPolicyRepository extends JpaRepository<MfaPolicy, UUID> {
    Optional<MfaPolicy> findByPracticeId(UUID practiceId);

    /**
     * In one query (it runs on every call into a practice): the practice's own policy and its
     * provider's default, whichever exist. Native SQL, as MembershipRepository#findGrantingInPractice and for
     * the same reason: JPQL would be translated again on every call.
     */
    @Query(
            value = "select m.* from mfa_policy m where m.practice_id = :practiceId or (m.practice_id is null"
                    + " and m.provider_id = (select p.provider_id from practice p where p.id = :practiceId))",
            nativeQuery = true)
    List<MfaPolicy> findOwnAndDefault(@Param("practiceId") UUID practiceId);

    Optional<MfaPolicy> findByProviderIdAndPracticeIdIsNull(UUID providerId);
}
