package io.deviceward.device;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A network-connected device of one practice. */
@Entity
public class Device implements Audited {
    @Id
    private UUID id;
    /** Set by Hibernate from the bound practice; queries only ever see the bound practice's devices. */
    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;
    private String name;
    @Enumerated(EnumType.STRING)
    private DeviceCategory category;
    private String manufacturer;
    private String model;
    private String serialNumber;
    private String location;
    @Enumerated(EnumType.STRING)
    private DeviceStatus status;
    private Instant createdAt;
    @Version
    private long version;

    protected Device() {}

    Device(DeviceDetails details, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        apply(details);
    }

    void apply(DeviceDetails details) {
        this.name = details.getName().strip();
        this.category = details.getCategory();
        this.manufacturer = details.getManufacturer().strip();
        this.model = details.getModel().strip();
        this.serialNumber = blankToNull(details.getSerialNumber());
        this.location = blankToNull(details.getLocation());
        this.status = details.getStatus();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() { return id; }
    public UUID getPracticeId() { return practiceId; }
    public String getName() { return name; }
    public DeviceCategory getCategory() { return category; }
    public String getManufacturer() { return manufacturer; }
    public String getModel() { return model; }
    public String getSerialNumber() { return serialNumber; }
    public String getLocation() { return location; }
    public DeviceStatus getStatus() { return status; }
    public long getVersion() { return version; }

    @Override public UUID auditScopeId() { return practiceId; }
    @Override public String auditObjectType() { return "Device"; }
    @Override public String auditLabel() { return name; }
}
