package io.deviceward.mfa;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MfaPolicyRepository extends JpaRepository<MfaPolicy, UUID> {
    Optional<MfaPolicy> findByPracticeId(UUID practiceId);

    Optional<MfaPolicy> findByProviderIdAndPracticeIdIsNull(UUID providerId);
}
