package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** The device form (/practices/{id}/devices/new, …/devices/{device}/edit): the fields, the posture, save, delete. */
public final class DeviceFormPage extends Page {
    public static final String VIEW = "device-form";

    private static final String FIREWALL = "posture-firewall";
    private static final String SAVE = "save-device";
    private static final String DELETE = "delete-device";

    /** The form's fields, by their ids. */
    public enum Field {
        NAME("device-name"),
        CATEGORY("device-category"),
        MANUFACTURER("device-manufacturer"),
        MODEL("device-model"),
        SERIAL_NUMBER("device-serial"),
        LOCATION("device-location"),
        STATUS("device-status"),
        IP_ADDRESSES("device-ips"),
        MAC_ADDRESS("device-mac");

        final String id;

        Field(String id) {
            this.id = id;
        }
    }

    /** Waits until the device form is shown. */
    public DeviceFormPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String newPath(UUID practiceId) {
        return practicePath(practiceId, "/devices/new");
    }

    public static String editPath(UUID practiceId, UUID deviceId) {
        return practicePath(practiceId, "/devices/" + deviceId + "/edit");
    }

    public static DeviceFormPage openEdit(Browser browser, UUID practiceId, UUID deviceId) {
        browser.open(editPath(practiceId, deviceId));
        return new DeviceFormPage(browser);
    }

    /** Whether the page shows the form at all; does not wait. */
    public static boolean isPresent(Browser browser) {
        return browser.isPresent(By.id(VIEW));
    }

    /** Whether the page has the form's save button at all; does not wait. */
    public static boolean hasSaveButton(Browser browser) {
        return browser.isPresent(By.id(SAVE));
    }

    // ---- filling in ---------------------------------------------------------------------------------

    public DeviceFormPage name(String name) {
        type(Field.NAME.id, name);
        return this;
    }

    /** Chooses the category by its label ("Workstation"). */
    public DeviceFormPage category(String label) {
        browser.chooseInComboBox(Field.CATEGORY.id, label);
        return this;
    }

    public DeviceFormPage manufacturer(String manufacturer) {
        type(Field.MANUFACTURER.id, manufacturer);
        return this;
    }

    public DeviceFormPage model(String model) {
        type(Field.MODEL.id, model);
        return this;
    }

    public DeviceFormPage serialNumber(String serial) {
        type(Field.SERIAL_NUMBER.id, serial);
        return this;
    }

    public DeviceFormPage location(String location) {
        type(Field.LOCATION.id, location);
        return this;
    }

    /** The IP addresses as typed: comma- or space-separated. */
    public DeviceFormPage ipAddresses(String addresses) {
        type(Field.IP_ADDRESSES.id, addresses);
        return this;
    }

    public DeviceFormPage macAddress(String mac) {
        type(Field.MAC_ADDRESS.id, mac);
        return this;
    }

    /** Answers the posture question "Firewall on?" ("Yes", "No", …). */
    public DeviceFormPage firewall(String answer) {
        chooseInThisSelect(FIREWALL, answer);
        return this;
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** A text field's or the category's value, as the form shows it. */
    public String value(Field field) {
        return value(field.id);
    }

    /** The firewall question's answer, as the form shows it. */
    public String firewallAnswer() {
        return browser.selectedLabel(FIREWALL);
    }

    public boolean isReadOnly(Field field) {
        return browser.isReadOnly(field.id);
    }

    public boolean canSave() {
        return isShown(SAVE);
    }

    public boolean canDelete() {
        return isShown(DELETE);
    }

    // ---- saving -------------------------------------------------------------------------------------

    /** Saves; the device's page opens. */
    public DevicePage save() {
        scrollAndClick(SAVE);
        return new DevicePage(browser);
    }
}
