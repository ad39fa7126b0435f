package io.deviceward.practice;

import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import io.deviceward.shared.tenancy.PracticeZones;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A practice's own details. Provider-level reads go through {@link ProviderDirectory}. */
@Service
@Validated
@PracticeScoped
public class PracticeService implements PracticeZones {
    private final PracticeRepository practices;

    PracticeService(PracticeRepository practices) {
        this.practices = practices;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Practice get(UUID practiceId) {
        return practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice"));
    }

    /** The practice's time zone; maintenance recurs in it. */
    @Override
    @CanViewPractice
    @Transactional(readOnly = true)
    public ZoneId zone(UUID practiceId) {
        return get(practiceId).zone();
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone == null ? "" : zone.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "\"" + zone + "\" is not a time zone such as Europe/Berlin");
        }
    }

    @CanEditPractice
    @Transactional
    public Practice update(UUID practiceId, long expectedVersion, @Valid PracticeDetails details) {
        Practice practice = get(practiceId);
        if (practice.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Practice \"" + practice.getName() + "\"");
        }
        practice.setName(details.getName().strip());
        practice.setAddress(details.getAddress());
        practice.setContactEmail(details.getContactEmail());
        practice.setPhone(details.getPhone());
        practice.setTimeZone(validZone(details.getTimeZone()));
        return practices.saveAndFlush(practice);
    }
}
