package io.deviceward.practice;

import io.deviceward.audit.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A medical or dental practice: the unit of tenancy. Every practice-owned row carries its id. */
@Entity
public class Practice implements Audited {
    public static final String DEFAULT_TIME_ZONE = "Europe/Berlin";

    @Id
    private UUID id;

    private UUID providerId;
    private String name;
    private String address;
    private String contactEmail;
    private String phone;
    /** An IANA zone id ("Europe/Berlin"): maintenance falls due in the practice's local time. */
    private String timeZone = DEFAULT_TIME_ZONE;

    private Instant createdAt;

    @Version
    private long version;

    protected Practice() {}

    public Practice(UUID providerId, String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** A new practice of the provider, in the provider's time zone until someone sets its own. */
    public Practice(Provider provider, String name, Instant createdAt) {
        this(provider.getId(), name, createdAt);
        this.timeZone = provider.getTimeZone();
    }

    public UUID getId() {
        return id;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    void setAddress(String address) {
        this.address = address;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID auditScopeId() {
        return id;
    }

    @Override
    public String auditObjectType() {
        return "Practice";
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
