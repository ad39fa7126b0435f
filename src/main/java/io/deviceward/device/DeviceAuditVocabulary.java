package io.deviceward.device;

import io.deviceward.audit.AuditVocabulary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How a device's history reads: the form's labels for its fields, the choices' labels for its values. */
@Component
class DeviceAuditVocabulary implements AuditVocabulary {
    private static final Map<String, String> FIELDS = new HashMap<>(Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("category", "Category"),
            Map.entry("manufacturer", "Manufacturer"),
            Map.entry("model", "Model"),
            Map.entry("serialNumber", "Serial number"),
            Map.entry("location", "Location"),
            Map.entry("responsiblePerson", "Responsible person"),
            Map.entry("vendorSupportContact", "Vendor support contact"),
            Map.entry("hostname", "Hostname"),
            Map.entry("ipAddresses", "IP addresses"),
            Map.entry("macAddress", "MAC address"),
            Map.entry("connection", "Connection"),
            Map.entry("segmentId", "Network segment"),
            Map.entry("firmwareVersion", "Firmware version"),
            Map.entry("firmwareUpdatedOn", "Firmware updated on"),
            Map.entry("operatingSystem", "Operating system"),
            Map.entry("osEndOfSupport", "Operating system supported until"),
            Map.entry("storesPatientData", "Stores patient data"),
            Map.entry("remoteAccess", "Remote access"),
            Map.entry("criticality", "Criticality"),
            Map.entry("udi", "UDI"),
            Map.entry("deviceClass", "Device class"),
            Map.entry("status", "Status"),
            Map.entry("plannedOn", "Planned on"),
            Map.entry("inServiceOn", "In service since"),
            Map.entry("outOfServiceOn", "Out of service since"),
            Map.entry("decommissionedOn", "Decommissioned on"),
            Map.entry("disposalMethod", "Disposal method"),
            Map.entry("disposedBy", "Disposed of by"),
            Map.entry("notes", "Notes"),
            Map.entry("posture.lastSuccessfulBackup", "Last successful backup"),
            Map.entry("practiceId", HIDDEN)));

    private static final Map<String, Function<String, @Nullable String>> VALUES = Map.of(
            "connection", raw -> label(ConnectionType.class, raw, ConnectionType::label),
            "storesPatientData", raw -> label(Answer.class, raw, Answer::label),
            "remoteAccess", raw -> label(RemoteAccess.class, raw, RemoteAccess::label),
            "criticality", raw -> label(Criticality.class, raw, Criticality::label),
            "status", raw -> label(DeviceStatus.class, raw, DeviceStatus::label),
            "disposalMethod", raw -> label(DisposalMethod.class, raw, DisposalMethod::label));

    static {
        for (PostureItem item : PostureItem.values()) {
            String prefix = "posture." + item.key();
            FIELDS.put(prefix + ".state", item.label());
            FIELDS.put(prefix + ".checkedOn", item.label() + " (checked on)");
            FIELDS.put(prefix + ".note", item.label() + " (note)");
        }
    }

    @Override
    public boolean speaksFor(String objectType) {
        return objectType.equals("Device");
    }

    @Override
    public @Nullable String fieldLabel(String field) {
        return FIELDS.get(field);
    }

    @Override
    public @Nullable String valueLabel(String field, String value) {
        if (field.startsWith("posture.") && field.endsWith(".state")) {
            return label(Answer.class, value, Answer::label);
        }
        Function<String, @Nullable String> labeller = VALUES.get(field);
        return labeller == null ? null : labeller.apply(value);
    }

    private static <E extends Enum<E>> @Nullable String label(Class<E> type, String raw, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(raw))
                .map(label)
                .findFirst()
                .orElse(null);
    }
}
