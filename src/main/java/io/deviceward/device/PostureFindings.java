package io.deviceward.device;

import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.i18n.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The registry's posture gaps as findings: a device in service with its firewall off, one left out of the
 * backups, one whose checklist still has unknown items. Devices that hold patient data rank a step higher.
 * When more than {@link #SHOWN_ONE_BY_ONE} devices share a gap, they become one finding that links to the
 * filtered list, so an overview stays readable with a large registry. Reads only through indexed filters:
 * one count and one short page per gap. Only for callers that have checked access (DeviceService).
 */
@Component
class PostureFindings {
    static final int SHOWN_ONE_BY_ONE = 3;

    private final DeviceRepository devices;

    PostureFindings(DeviceRepository devices) {
        this.devices = devices;
    }

    List<Finding> of(UUID practiceId) {
        List<Finding> findings = new ArrayList<>();
        for (PostureGap gap : PostureGap.values()) {
            findings.addAll(forGap(practiceId, gap));
        }
        return findings;
    }

    /** One device's own gaps, never grouped: what its page lists. Only a device in service has gaps. */
    List<Finding> of(UUID practiceId, Device device) {
        if (device.getStatus() != DeviceStatus.IN_SERVICE) return List.of();
        return Arrays.stream(PostureGap.values())
                .filter(gap -> gap.appliesTo(device.getPosture()))
                .map(gap -> finding(practiceId, gap, device))
                .toList();
    }

    private static Finding finding(UUID practiceId, PostureGap gap, Device device) {
        return new Finding(
                kind(gap),
                severity(gap, device.getStoresPatientData() == Answer.YES),
                text(gap, device.getName()),
                FindingSubject.of("DEVICE", device.getId(), device.getName()),
                "practices/" + practiceId + "/devices/" + device.getId());
    }

    private List<Finding> forGap(UUID practiceId, PostureGap gap) {
        DeviceFilter filter = new DeviceFilter(null, null, DeviceStatus.IN_SERVICE, null, gap);
        var matching = DeviceSpecifications.matching(filter);
        List<Device> first = devices.findAll(matching, PageRequest.of(0, SHOWN_ONE_BY_ONE + 1, Sort.by("name", "id")))
                .getContent();
        if (first.isEmpty()) {
            return List.of();
        }
        if (first.size() <= SHOWN_ONE_BY_ONE) {
            return first.stream()
                    .map(device -> finding(practiceId, gap, device))
                    .toList();
        }
        long count = devices.count(matching);
        boolean patientData = devices.count(DeviceSpecifications.matching(filter)
                        .and((root, query, cb) -> cb.equal(root.get("storesPatientData"), Answer.YES)))
                > 0;
        Text devices = devices(count);
        return List.of(new Finding(
                kind(gap),
                severity(gap, patientData),
                text(gap, devices),
                new FindingSubject("DEVICE", null, devices.english()),
                "practices/" + practiceId + "/devices?status=IN_SERVICE&gap=" + gap.name()));
    }

    static String kind(PostureGap gap) {
        return switch (gap) {
            case FIREWALL_OFF -> "device.firewall-off";
            case NOT_IN_BACKUPS -> "device.not-in-backups";
            case POSTURE_UNKNOWN -> "device.posture-unknown";
        };
    }

    /** A gap on a device with patient data is one step more urgent. */
    static Severity severity(PostureGap gap, boolean patientData) {
        return switch (gap) {
            case FIREWALL_OFF -> patientData ? Severity.CRITICAL : Severity.HIGH;
            case NOT_IN_BACKUPS -> patientData ? Severity.HIGH : Severity.MEDIUM;
            case POSTURE_UNKNOWN -> Severity.LOW;
        };
    }

    /**
     * "Autoclave Room 2: firewall is off", "5 devices: firewall is off": the gap's sentence (device.properties) about
     * one device, by name, or a group (see {@link #devices}).
     */
    static Text text(PostureGap gap, Object subject) {
        return switch (gap) {
            case FIREWALL_OFF -> Text.of("device.finding.firewall-off", subject);
            case NOT_IN_BACKUPS -> Text.of("device.finding.not-in-backups", subject);
            case POSTURE_UNKNOWN -> Text.of("device.finding.posture-unknown", subject);
        };
    }

    /** "5 devices", counted in the reader's language. */
    static Text devices(long count) {
        return Text.of("device.finding.devices", count);
    }
}
