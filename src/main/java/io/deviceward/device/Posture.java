package io.deviceward.device;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.deviceward.audit.AuditFields;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The security posture checklist of a device. Stored as plain columns (posture_firewall_state, ...)
 * so that "firewall off" or "not in backups" are simple indexed filters.
 */
@Embeddable
public class Posture implements AuditFields {
    @Valid
    @NotNull
    @Embedded
    private PostureCheck firewall = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck endpointProtection = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck backup = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck defaultPasswordsChanged = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck servicesMinimised = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck firmwareCurrent = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck storageEncrypted = new PostureCheck();

    @Valid
    @NotNull
    @Embedded
    private PostureCheck loggingEnabled = new PostureCheck();
    /** Only meaningful with the backup item: the last backup known to have succeeded. */
    private LocalDate lastSuccessfulBackup;

    public PostureCheck get(PostureItem item) {
        return switch (item) {
            case FIREWALL -> firewall;
            case ENDPOINT_PROTECTION -> endpointProtection;
            case BACKUP -> backup;
            case DEFAULT_PASSWORDS_CHANGED -> defaultPasswordsChanged;
            case SERVICES_MINIMISED -> servicesMinimised;
            case FIRMWARE_CURRENT -> firmwareCurrent;
            case STORAGE_ENCRYPTED -> storageEncrypted;
            case LOGGING_ENABLED -> loggingEnabled;
        };
    }

    public void set(PostureItem item, PostureCheck check) {
        PostureCheck value = check == null ? new PostureCheck() : check.copy();
        switch (item) {
            case FIREWALL -> firewall = value;
            case ENDPOINT_PROTECTION -> endpointProtection = value;
            case BACKUP -> backup = value;
            case DEFAULT_PASSWORDS_CHANGED -> defaultPasswordsChanged = value;
            case SERVICES_MINIMISED -> servicesMinimised = value;
            case FIRMWARE_CURRENT -> firmwareCurrent = value;
            case STORAGE_ENCRYPTED -> storageEncrypted = value;
            case LOGGING_ENABLED -> loggingEnabled = value;
        }
    }

    @JsonIgnore
    public Map<PostureItem, PostureCheck> asMap() {
        Map<PostureItem, PostureCheck> items = new EnumMap<>(PostureItem.class);
        for (PostureItem item : PostureItem.values()) items.put(item, get(item));
        return items;
    }

    public Posture copy() {
        Posture copy = new Posture();
        for (PostureItem item : PostureItem.values()) copy.set(item, get(item));
        copy.lastSuccessfulBackup = lastSuccessfulBackup;
        return copy;
    }

    // Bean accessors: the form's Binder and the API's JSON ("posture": {"firewall": {...}, ...}) use these.
    public PostureCheck getFirewall() {
        return firewall;
    }

    public void setFirewall(PostureCheck check) {
        set(PostureItem.FIREWALL, check);
    }

    public PostureCheck getEndpointProtection() {
        return endpointProtection;
    }

    public void setEndpointProtection(PostureCheck check) {
        set(PostureItem.ENDPOINT_PROTECTION, check);
    }

    public PostureCheck getBackup() {
        return backup;
    }

    public void setBackup(PostureCheck check) {
        set(PostureItem.BACKUP, check);
    }

    public PostureCheck getDefaultPasswordsChanged() {
        return defaultPasswordsChanged;
    }

    public void setDefaultPasswordsChanged(PostureCheck check) {
        set(PostureItem.DEFAULT_PASSWORDS_CHANGED, check);
    }

    public PostureCheck getServicesMinimised() {
        return servicesMinimised;
    }

    public void setServicesMinimised(PostureCheck check) {
        set(PostureItem.SERVICES_MINIMISED, check);
    }

    public PostureCheck getFirmwareCurrent() {
        return firmwareCurrent;
    }

    public void setFirmwareCurrent(PostureCheck check) {
        set(PostureItem.FIRMWARE_CURRENT, check);
    }

    public PostureCheck getStorageEncrypted() {
        return storageEncrypted;
    }

    public void setStorageEncrypted(PostureCheck check) {
        set(PostureItem.STORAGE_ENCRYPTED, check);
    }

    public PostureCheck getLoggingEnabled() {
        return loggingEnabled;
    }

    public void setLoggingEnabled(PostureCheck check) {
        set(PostureItem.LOGGING_ENABLED, check);
    }

    public LocalDate getLastSuccessfulBackup() {
        return lastSuccessfulBackup;
    }

    public void setLastSuccessfulBackup(LocalDate lastSuccessfulBackup) {
        this.lastSuccessfulBackup = lastSuccessfulBackup;
    }

    @Override
    @JsonIgnore
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (PostureItem item : PostureItem.values()) {
            PostureCheck check = get(item);
            fields.put(item.key() + ".state", check == null ? null : String.valueOf(check.getState()));
            fields.put(item.key() + ".checkedOn", check == null ? null : Objects.toString(check.getCheckedOn(), null));
            fields.put(item.key() + ".note", check == null ? null : check.getNote());
        }
        fields.put("lastSuccessfulBackup", Objects.toString(lastSuccessfulBackup, null));
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Posture that
                && asMap().equals(that.asMap())
                && Objects.equals(lastSuccessfulBackup, that.lastSuccessfulBackup);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asMap(), lastSuccessfulBackup);
    }
}
