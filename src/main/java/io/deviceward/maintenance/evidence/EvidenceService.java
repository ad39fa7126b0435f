package io.deviceward.maintenance.evidence;

import io.deviceward.access.CurrentUser;
import io.deviceward.access.SignedInUser;
import io.deviceward.audit.AuditLog;
import io.deviceward.device.DeviceService;
import io.deviceward.maintenance.MaintenanceSchedule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.maintenance.TaskView;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds the evidence of a device or a practice over a date range, and renders it as PDF or CSV. */
@Service
@PracticeScoped
public class EvidenceService {
    /** At most this many days in one report. */
    static final int MAX_DAYS = 366 * 3;

    private final MaintenanceService maintenance;
    private final MaintenanceSchedules schedules;
    private final PracticeService practices;
    private final DeviceService devices;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvidenceService(
            MaintenanceService maintenance,
            MaintenanceSchedules schedules,
            PracticeService practices,
            DeviceService devices,
            AuditLog auditLog,
            CurrentUser currentUser,
            Clock clock) {
        this.maintenance = maintenance;
        this.schedules = schedules;
        this.practices = practices;
        this.devices = devices;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @CanViewPractice
    public EvidenceReport report(
            UUID practiceId, @Nullable UUID deviceId, LocalDate from, LocalDate to, @Nullable String signedOffBy) {
        if (to.isBefore(from)) throw new InvalidInputException("to", "The end day is before the start day");
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "One report covers at most three years");
        }
        Practice practice = practices.get(practiceId);
        String deviceName =
                deviceId == null ? null : devices.get(practiceId, deviceId).getName();
        List<TaskView> occurrences = maintenance.history(practiceId, deviceId, from, to);
        String signer = signedOffBy == null || signedOffBy.isBlank()
                ? currentUser.find().map(SignedInUser::displayName).orElse("DeviceWard")
                : signedOffBy.strip();
        if (signer.length() > 200) throw new InvalidInputException("signedOffBy", "At most 200 characters");
        return new EvidenceReport(
                practice.getName(),
                deviceName,
                from,
                to,
                practice.zone(),
                occurrences,
                gaps(practiceId, deviceId, from, to, occurrences),
                signer,
                clock.instant(),
                auditLog.verify(practiceId));
    }

    @CanViewPractice
    public byte[] pdf(UUID practiceId, EvidenceReport report) {
        return EvidencePdf.render(report);
    }

    @CanViewPractice
    public String csv(UUID practiceId, EvidenceReport report) {
        return EvidenceCsv.render(report);
    }

    /**
     * Days up to today on which a schedule (from the day it was planned) expected work for this subject
     * and no task exists: the schedule was ended or the device was added later, or work was never written.
     */
    private List<EvidenceReport.Gap> gaps(
            UUID practiceId, @Nullable UUID deviceId, LocalDate from, LocalDate to, List<TaskView> occurrences) {
        Map<UUID, MaintenanceTemplate> templates = maintenance.templates(practiceId).stream()
                .collect(Collectors.toMap(MaintenanceTemplate::getId, Function.identity()));
        LocalDate today = maintenance.today(practiceId);
        List<EvidenceReport.Gap> gaps = new ArrayList<>();
        for (MaintenanceSchedule schedule : schedules.schedules(practiceId)) {
            if (deviceId != null
                    && schedule.getTargetKind() == TargetKind.DEVICE
                    && !deviceId.equals(schedule.getTargetId())) continue;
            if (deviceId != null && schedule.getTargetKind() == TargetKind.PRACTICE) continue;
            if (deviceId != null
                    && occurrences.stream()
                            .noneMatch(t -> schedule.getId().equals(t.task().getScheduleId()))) {
                continue; // a category or segment schedule that does not reach this device
            }
            LocalDate planned = LocalDate.ofInstant(schedule.createdAt(), ZoneOffset.UTC);
            LocalDate start = later(later(from, schedule.getStartsOn()), planned);
            LocalDate end = to.isAfter(today) ? today : to;
            if (end.isBefore(start)) continue;
            Set<LocalDate> recorded = occurrences.stream()
                    .filter(t -> schedule.getId().equals(t.task().getScheduleId()))
                    .map(TaskView::day)
                    .collect(Collectors.toSet());
            MaintenanceTemplate template = templates.get(schedule.getTemplateId());
            String what = (template == null ? "Maintenance" : template.getName()) + " · "
                    + maintenance.targetLabel(practiceId, schedule);
            for (LocalDate day : schedule.recurrence().between(start, end)) {
                if (!recorded.contains(day)) gaps.add(new EvidenceReport.Gap(day, what));
            }
        }
        gaps.sort(Comparator.comparing(EvidenceReport.Gap::day).thenComparing(EvidenceReport.Gap::what));
        return gaps.stream().filter(Objects::nonNull).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
