package io.deviceward.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person enters for a device; the same rules hold in the form and at the service. */
public class DeviceDetails {
    @NotBlank(message = "Enter the device's name")
    @Size(max = 200, message = "At most 200 characters")
    private String name;
    @NotNull(message = "Choose a category")
    private DeviceCategory category;
    @NotBlank(message = "Enter the manufacturer")
    @Size(max = 200, message = "At most 200 characters")
    private String manufacturer;
    @NotBlank(message = "Enter the model")
    @Size(max = 200, message = "At most 200 characters")
    private String model;
    @Size(max = 100, message = "At most 100 characters")
    private String serialNumber;
    @Size(max = 200, message = "At most 200 characters")
    private String location;
    @NotNull(message = "Choose a status")
    private DeviceStatus status = DeviceStatus.IN_SERVICE;

    public static DeviceDetails of(Device device) {
        DeviceDetails details = new DeviceDetails();
        details.name = device.getName();
        details.category = device.getCategory();
        details.manufacturer = device.getManufacturer();
        details.model = device.getModel();
        details.serialNumber = device.getSerialNumber();
        details.location = device.getLocation();
        details.status = device.getStatus();
        return details;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DeviceCategory getCategory() { return category; }
    public void setCategory(DeviceCategory category) { this.category = category; }
    public String getManufacturer() { return manufacturer; }
    public void setManufacturer(String manufacturer) { this.manufacturer = manufacturer; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String serialNumber) { this.serialNumber = serialNumber; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public DeviceStatus getStatus() { return status; }
    public void setStatus(DeviceStatus status) { this.status = status; }
}
