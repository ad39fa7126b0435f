package io.deviceward.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** An IT provider that looks after many practices. */
@Entity
public class Provider {
    @Id
    private UUID id;

    private String name;
    private Instant createdAt;
    /** When someone loses their last membership anywhere, disable their Keycloak account too. */
    private boolean disableAccountsWithoutAccess = true;
    /** The zone new practices start with (an IANA id); each practice then has its own. */
    private String timeZone = Practice.DEFAULT_TIME_ZONE;

    @Version
    private long version;

    protected Provider() {}

    public Provider(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = ZoneId.of(timeZone).getId();
    }

    public boolean isDisableAccountsWithoutAccess() {
        return disableAccountsWithoutAccess;
    }

    public void setDisableAccountsWithoutAccess(boolean disable) {
        this.disableAccountsWithoutAccess = disable;
    }
}
