package io.deviceward.device;

import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A network-connected device of one practice. Created and changed only through {@link DeviceService},
 * which validates, normalises addresses and enforces uniqueness; decommissioning keeps the record.
 */
@Entity
public class Device implements Audited {
    @Id
    private UUID id;
    /** Set by Hibernate from the bound practice; queries only ever see the bound practice's devices. */
    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;
    private String name;
    private String category;
    private String manufacturer;
    private String model;
    private String serialNumber;
    private String location;
    private String responsiblePerson;
    private String vendorSupportContact;
    private String hostname;
    @Convert(converter = IpListConverter.class)
    private List<String> ipAddresses = List.of();
    private String macAddress;
    @Enumerated(EnumType.STRING)
    private ConnectionType connection;
    private UUID segmentId;
    private String firmwareVersion;
    private LocalDate firmwareUpdatedOn;
    private String operatingSystem;
    private LocalDate osEndOfSupport;
    @Enumerated(EnumType.STRING)
    private Answer storesPatientData;
    @Enumerated(EnumType.STRING)
    private RemoteAccess remoteAccess;
    @Enumerated(EnumType.STRING)
    private Criticality criticality;
    private String udi;
    private String deviceClass;
    @Enumerated(EnumType.STRING)
    private DeviceStatus status;
    private LocalDate plannedOn;
    private LocalDate inServiceOn;
    private LocalDate outOfServiceOn;
    private LocalDate decommissionedOn;
    @Enumerated(EnumType.STRING)
    private DisposalMethod disposalMethod;
    private String disposedBy;
    @Embedded
    private Posture posture = new Posture();
    private String notes;
    private Instant createdAt;
    @Version
    private long version;

    protected Device() {}

    Device(Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
    }

    /** Takes over validated details; addresses must already be normalised (see DeviceService). */
    void apply(DeviceDetails d, LocalDate today) {
        this.name = d.getName().strip();
        this.category = d.getCategory().strip();
        this.manufacturer = d.getManufacturer().strip();
        this.model = d.getModel().strip();
        this.serialNumber = blankToNull(d.getSerialNumber());
        this.location = blankToNull(d.getLocation());
        this.responsiblePerson = blankToNull(d.getResponsiblePerson());
        this.vendorSupportContact = blankToNull(d.getVendorSupportContact());
        this.hostname = blankToNull(d.getHostname());
        this.ipAddresses = List.copyOf(d.getIpAddresses());
        this.macAddress = blankToNull(d.getMacAddress());
        this.connection = d.getConnection();
        this.segmentId = d.getSegmentId();
        this.firmwareVersion = blankToNull(d.getFirmwareVersion());
        this.firmwareUpdatedOn = d.getFirmwareUpdatedOn();
        this.operatingSystem = blankToNull(d.getOperatingSystem());
        this.osEndOfSupport = d.getOsEndOfSupport();
        this.storesPatientData = d.getStoresPatientData();
        this.remoteAccess = d.getRemoteAccess();
        this.criticality = d.getCriticality();
        this.udi = blankToNull(d.getUdi());
        this.deviceClass = blankToNull(d.getDeviceClass());
        this.plannedOn = d.getPlannedOn();
        this.inServiceOn = d.getInServiceOn();
        this.outOfServiceOn = d.getOutOfServiceOn();
        this.decommissionedOn = d.getDecommissionedOn();
        this.disposalMethod = d.getDisposalMethod();
        this.disposedBy = blankToNull(d.getDisposedBy());
        changeStatus(d.getStatus(), today);
        Posture next = d.getPosture().copy();
        if (!next.equals(this.posture)) {
            this.posture = next; // a new value only when something changed, so an unchanged save audits nothing
        }
        this.notes = blankToNull(d.getNotes());
    }

    /** The new status, with its date set to today unless one was given. */
    void changeStatus(DeviceStatus newStatus, LocalDate today) {
        this.status = newStatus;
        switch (newStatus) {
            case PLANNED -> { if (plannedOn == null) plannedOn = today; }
            case IN_SERVICE -> { if (inServiceOn == null) inServiceOn = today; }
            case OUT_OF_SERVICE -> { if (outOfServiceOn == null) outOfServiceOn = today; }
            case DECOMMISSIONED -> { if (decommissionedOn == null) decommissionedOn = today; }
        }
    }

    void moveTo(String category) { this.category = category; }

    void placeIn(UUID segmentId) { this.segmentId = segmentId; }

    void recordDisposal(DisposalMethod method, String by) {
        this.disposalMethod = method;
        this.disposedBy = blankToNull(by);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() { return id; }
    public UUID getPracticeId() { return practiceId; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public String getManufacturer() { return manufacturer; }
    public String getModel() { return model; }
    public String getSerialNumber() { return serialNumber; }
    public String getLocation() { return location; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getVendorSupportContact() { return vendorSupportContact; }
    public String getHostname() { return hostname; }
    public List<String> getIpAddresses() { return ipAddresses; }
    public String getMacAddress() { return macAddress; }
    public ConnectionType getConnection() { return connection; }
    public UUID getSegmentId() { return segmentId; }
    public String getFirmwareVersion() { return firmwareVersion; }
    public LocalDate getFirmwareUpdatedOn() { return firmwareUpdatedOn; }
    public String getOperatingSystem() { return operatingSystem; }
    public LocalDate getOsEndOfSupport() { return osEndOfSupport; }
    public Answer getStoresPatientData() { return storesPatientData; }
    public RemoteAccess getRemoteAccess() { return remoteAccess; }
    public Criticality getCriticality() { return criticality; }
    public String getUdi() { return udi; }
    public String getDeviceClass() { return deviceClass; }
    public DeviceStatus getStatus() { return status; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public LocalDate getInServiceOn() { return inServiceOn; }
    public LocalDate getOutOfServiceOn() { return outOfServiceOn; }
    public LocalDate getDecommissionedOn() { return decommissionedOn; }
    public DisposalMethod getDisposalMethod() { return disposalMethod; }
    public String getDisposedBy() { return disposedBy; }
    public Posture getPosture() { return posture; }
    public String getNotes() { return notes; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    @Override public UUID auditScopeId() { return practiceId; }
    @Override public String auditObjectType() { return "Device"; }
    @Override public String auditLabel() { return name; }
}
