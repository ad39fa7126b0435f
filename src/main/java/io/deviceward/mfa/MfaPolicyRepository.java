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
     * provider's default, whichever exist.
     */
    @Query("select m from MfaPolicy m where m.practiceId = :practiceId or (m.practiceId is null and m.providerId = "
            + "(select p.providerId from Practice p where p.id = :practiceId))")
    List<MfaPolicy> findOwnAndDefault(@Param("practiceId") UUID practiceId);

    Optional<MfaPolicy> findByProviderIdAndPracticeIdIsNull(UUID providerId);
}
