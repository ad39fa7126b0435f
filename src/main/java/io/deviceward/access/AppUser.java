package io.deviceward.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person known to DeviceWard. Keycloak proves who they are; the link is the Keycloak subject,
 * set at their first login. See docs/decisions/2026-11-23-auth-flow.md.
 */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    private UUID id;

    private String username;
    private String email;
    private String displayName;
    private String keycloakSubject;
    private Instant lastLoginAt;
    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {}

    public AppUser(String username, String email, String displayName, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    void linkTo(String subject, Instant at) {
        this.keycloakSubject = subject;
        this.lastLoginAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getKeycloakSubject() {
        return keycloakSubject;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
