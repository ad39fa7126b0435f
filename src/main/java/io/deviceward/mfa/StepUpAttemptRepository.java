package io.deviceward.mfa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepUpAttemptRepository extends JpaRepository<StepUpAttempt, UUID> {
    List<StepUpAttempt> findByUserIdAndPracticeIdAndCompletedAtIsNull(UUID userId, UUID practiceId);

    List<StepUpAttempt> findByCompletedAtIsNullAndRequestedAtAfter(Instant after);

    List<StepUpAttempt> findByCompletedAtIsNullAndRequestedAtBefore(Instant before);
}
