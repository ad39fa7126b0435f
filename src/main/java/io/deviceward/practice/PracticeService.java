package io.deviceward.practice;

import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A practice's own details. Provider-level reads go through {@link ProviderDirectory}. */
@Service
@Validated
@PracticeScoped
public class PracticeService {
    private final PracticeRepository practices;

    PracticeService(PracticeRepository practices) {
        this.practices = practices;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Practice get(UUID practiceId) {
        return practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice"));
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
        return practices.saveAndFlush(practice);
    }
}
