package io.deviceward.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, UUID> {
    Optional<AppUser> findByKeycloakSubject(String subject);

    Optional<AppUser> findByEmailIgnoreCase(String email);

    Optional<AppUser> findByUsername(String username);
}
