package io.deviceward.device;

import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The device registry of a practice. Every method is bound to, and checked against, its practiceId. */
@Service
@Validated
@PracticeScoped
public class DeviceService {
    private final DeviceRepository devices;
    private final Clock clock;

    DeviceService(DeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Page<Device> list(UUID practiceId, String search, Pageable pageable) {
        return devices.search(likePattern(search), pageable);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long count(UUID practiceId, String search) {
        return devices.countMatching(likePattern(search));
    }

    private static String likePattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long count(UUID practiceId) {
        return devices.count();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Device get(UUID practiceId, UUID deviceId) {
        return find(practiceId, deviceId);
    }

    @CanEditPractice
    @Transactional
    public Device create(UUID practiceId, @Valid DeviceDetails details) {
        Device device = new Device(details, clock.instant());
        requireUniqueSerial(device.getId(), details);
        return devices.save(device);
    }

    @CanEditPractice
    @Transactional
    public Device update(UUID practiceId, UUID deviceId, long expectedVersion, @Valid DeviceDetails details) {
        Device device = find(practiceId, deviceId);
        if (device.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Device \"" + device.getName() + "\"");
        }
        requireUniqueSerial(deviceId, details);
        device.apply(details);
        return devices.saveAndFlush(device);
    }

    @CanEditPractice
    @Transactional
    public void delete(UUID practiceId, UUID deviceId) {
        devices.delete(find(practiceId, deviceId));
    }

    private Device find(UUID practiceId, UUID deviceId) {
        // The tenant filter already hides other practices' devices; the comparison keeps that true
        // even if a load path ever bypassed it.
        return devices.findById(deviceId).filter(d -> practiceId.equals(d.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Device"));
    }

    private void requireUniqueSerial(UUID deviceId, DeviceDetails details) {
        String serial = details.getSerialNumber();
        if (serial != null && !serial.isBlank() && devices.existsBySerialNumberAndIdNot(serial.strip(), deviceId)) {
            throw new InvalidInputException("serialNumber",
                    "Another device in this practice already has serial number " + serial.strip());
        }
    }
}
