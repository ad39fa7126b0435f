package io.deviceward.device;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How many devices a practice has, as the triggers of changeset 010 keep it: one row read instead
 * of counting the registry. Only for callers that have checked access to the practice. Through
 * Hibernate (a native query) so it runs in the caller's transaction and shows in its SQL log.
 */
@Component
class PracticeDeviceCounts {
    @PersistenceContext
    private EntityManager entityManager;

    long of(UUID practiceId) {
        List<?> count = entityManager
                .createNativeQuery("select devices from practice_device_count where practice_id = ?")
                .setParameter(1, practiceId.toString())
                .getResultList();
        return count.isEmpty() ? 0 : ((Number) count.getFirst()).longValue();
    }
}
