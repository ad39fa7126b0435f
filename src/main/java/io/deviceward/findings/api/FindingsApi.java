package io.deviceward.findings.api;

import io.deviceward.findings.Findings;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSubject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What needs attention in a practice, from every feature, as the overview shows it. */
@RestController
@Tag(name = "Findings", description = "What needs attention in one practice")
class FindingsApi {
    private final Findings findings;

    FindingsApi(Findings findings) {
        this.findings = findings;
    }

    record Subject(String type, @Nullable UUID id, String name) {
        static Subject of(FindingSubject subject) {
            return new Subject(subject.type(), subject.id(), subject.name());
        }
    }

    record FindingResponse(String kind, String severity, String message, Subject subject, String fixPath) {
        static FindingResponse of(Finding finding) {
            return new FindingResponse(
                    finding.kind(),
                    finding.severity().name(),
                    finding.message(),
                    Subject.of(finding.subject()),
                    finding.fixPath());
        }
    }

    @GetMapping("/api/v1/practices/{practiceId}/findings")
    @Operation(summary = "All open findings of the practice, worst first")
    List<FindingResponse> list(@PathVariable UUID practiceId) {
        return findings.forPractice(practiceId).stream()
                .map(FindingResponse::of)
                .toList();
    }
}
