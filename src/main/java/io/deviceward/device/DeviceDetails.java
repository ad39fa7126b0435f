package io.deviceward.device;

import io.deviceward.shared.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything a person, an import row or an API call states about a device. The same Bean Validation
 * rules hold in the form, the import and the API; the property names are the API's JSON names.
 */
public class DeviceDetails {
    // Identity
    @NotBlank(message = "Enter the device's name")
    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String name;

    @NotBlank(message = "Choose a category")
    @Size(max = 40, message = "At most 40 characters")
    @PlainText
    private String category;

    @NotBlank(message = "Enter the manufacturer")
    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String manufacturer;

    @NotBlank(message = "Enter the model")
    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String model;

    @Size(max = 100, message = "At most 100 characters")
    @PlainText
    private String serialNumber;

    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String location;

    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String responsiblePerson;

    @Size(max = 300, message = "At most 300 characters")
    @PlainText
    private String vendorSupportContact;

    // Network
    @Size(max = 253, message = "At most 253 characters")
    @PlainText
    private String hostname;

    @ValidNetworkAddresses.IpAddresses
    @Size(max = 20, message = "At most 20 addresses")
    private List<String> ipAddresses = new ArrayList<>();

    @ValidNetworkAddresses.MacAddress
    @PlainText
    private String macAddress;

    private ConnectionType connection;
    private UUID segmentId;

    // Software
    @Size(max = 100, message = "At most 100 characters")
    @PlainText
    private String firmwareVersion;

    private LocalDate firmwareUpdatedOn;

    @Size(max = 100, message = "At most 100 characters")
    @PlainText
    private String operatingSystem;

    private LocalDate osEndOfSupport;

    // Data and access
    @NotNull(message = "Choose yes, no or unknown")
    private Answer storesPatientData = Answer.UNKNOWN;

    private RemoteAccess remoteAccess;
    private Criticality criticality;

    @Size(max = 100, message = "At most 100 characters")
    @PlainText
    private String udi;

    @Size(max = 20, message = "At most 20 characters")
    @PlainText
    private String deviceClass;

    // Lifecycle
    @NotNull(message = "Choose a status")
    private DeviceStatus status = DeviceStatus.IN_SERVICE;

    private LocalDate plannedOn;
    private LocalDate inServiceOn;
    private LocalDate outOfServiceOn;
    private LocalDate decommissionedOn;
    private DisposalMethod disposalMethod;

    @Size(max = 200, message = "At most 200 characters")
    @PlainText
    private String disposedBy;

    @Valid
    @NotNull
    private Posture posture = new Posture();

    @Size(max = 5000, message = "At most 5000 characters")
    @PlainText
    private String notes;

    public static DeviceDetails of(Device device) {
        DeviceDetails details = new DeviceDetails();
        details.readFrom(device);
        return details;
    }

    /** Fills these details from the device: subclasses (the API's resource) read it without reflection. */
    protected final void readFrom(Device device) {
        this.name = device.getName();
        this.category = device.getCategory();
        this.manufacturer = device.getManufacturer();
        this.model = device.getModel();
        this.serialNumber = device.getSerialNumber();
        this.location = device.getLocation();
        this.responsiblePerson = device.getResponsiblePerson();
        this.vendorSupportContact = device.getVendorSupportContact();
        this.hostname = device.getHostname();
        this.ipAddresses = new ArrayList<>(device.getIpAddresses());
        this.macAddress = device.getMacAddress();
        this.connection = device.getConnection();
        this.segmentId = device.getSegmentId();
        this.firmwareVersion = device.getFirmwareVersion();
        this.firmwareUpdatedOn = device.getFirmwareUpdatedOn();
        this.operatingSystem = device.getOperatingSystem();
        this.osEndOfSupport = device.getOsEndOfSupport();
        this.storesPatientData = device.getStoresPatientData();
        this.remoteAccess = device.getRemoteAccess();
        this.criticality = device.getCriticality();
        this.udi = device.getUdi();
        this.deviceClass = device.getDeviceClass();
        this.status = device.getStatus();
        this.plannedOn = device.getPlannedOn();
        this.inServiceOn = device.getInServiceOn();
        this.outOfServiceOn = device.getOutOfServiceOn();
        this.decommissionedOn = device.getDecommissionedOn();
        this.disposalMethod = device.getDisposalMethod();
        this.disposedBy = device.getDisposedBy();
        this.posture = device.getPosture().copy();
        this.notes = device.getNotes();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getVendorSupportContact() {
        return vendorSupportContact;
    }

    public void setVendorSupportContact(String vendorSupportContact) {
        this.vendorSupportContact = vendorSupportContact;
    }

    public String getHostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = hostname;
    }

    public List<String> getIpAddresses() {
        return ipAddresses;
    }

    public void setIpAddresses(List<String> ipAddresses) {
        this.ipAddresses = ipAddresses == null ? new ArrayList<>() : new ArrayList<>(ipAddresses);
    }

    public String getMacAddress() {
        return macAddress;
    }

    public void setMacAddress(String macAddress) {
        this.macAddress = macAddress;
    }

    public ConnectionType getConnection() {
        return connection;
    }

    public void setConnection(ConnectionType connection) {
        this.connection = connection;
    }

    public UUID getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(UUID segmentId) {
        this.segmentId = segmentId;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public void setFirmwareVersion(String firmwareVersion) {
        this.firmwareVersion = firmwareVersion;
    }

    public LocalDate getFirmwareUpdatedOn() {
        return firmwareUpdatedOn;
    }

    public void setFirmwareUpdatedOn(LocalDate firmwareUpdatedOn) {
        this.firmwareUpdatedOn = firmwareUpdatedOn;
    }

    public String getOperatingSystem() {
        return operatingSystem;
    }

    public void setOperatingSystem(String operatingSystem) {
        this.operatingSystem = operatingSystem;
    }

    public LocalDate getOsEndOfSupport() {
        return osEndOfSupport;
    }

    public void setOsEndOfSupport(LocalDate osEndOfSupport) {
        this.osEndOfSupport = osEndOfSupport;
    }

    public Answer getStoresPatientData() {
        return storesPatientData;
    }

    public void setStoresPatientData(Answer storesPatientData) {
        this.storesPatientData = storesPatientData;
    }

    public RemoteAccess getRemoteAccess() {
        return remoteAccess;
    }

    public void setRemoteAccess(RemoteAccess remoteAccess) {
        this.remoteAccess = remoteAccess;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public void setCriticality(Criticality criticality) {
        this.criticality = criticality;
    }

    public String getUdi() {
        return udi;
    }

    public void setUdi(String udi) {
        this.udi = udi;
    }

    public String getDeviceClass() {
        return deviceClass;
    }

    public void setDeviceClass(String deviceClass) {
        this.deviceClass = deviceClass;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public void setStatus(DeviceStatus status) {
        this.status = status;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalDate getInServiceOn() {
        return inServiceOn;
    }

    public void setInServiceOn(LocalDate inServiceOn) {
        this.inServiceOn = inServiceOn;
    }

    public LocalDate getOutOfServiceOn() {
        return outOfServiceOn;
    }

    public void setOutOfServiceOn(LocalDate outOfServiceOn) {
        this.outOfServiceOn = outOfServiceOn;
    }

    public LocalDate getDecommissionedOn() {
        return decommissionedOn;
    }

    public void setDecommissionedOn(LocalDate decommissionedOn) {
        this.decommissionedOn = decommissionedOn;
    }

    public DisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public void setDisposalMethod(DisposalMethod disposalMethod) {
        this.disposalMethod = disposalMethod;
    }

    public String getDisposedBy() {
        return disposedBy;
    }

    public void setDisposedBy(String disposedBy) {
        this.disposedBy = disposedBy;
    }

    public Posture getPosture() {
        return posture;
    }

    public void setPosture(Posture posture) {
        this.posture = posture == null ? new Posture() : posture;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
