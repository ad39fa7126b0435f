package io.deviceward.practice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, UUID> {
    List<Practice> findByProviderIdOrderByName(UUID providerId);

    List<Practice> findByIdInOrProviderIdInOrderByName(Collection<UUID> ids, Collection<UUID> providerIds);
}
