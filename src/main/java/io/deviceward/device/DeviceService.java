package io.deviceward.device;

import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanRecordMaintenance;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The device registry of a practice. Every method is bound to, and checked against, its practiceId;
 * the form, the import and the API all come through here, so the rules hold for all three.
 */
@Service
@Validated
@PracticeScoped
public class DeviceService implements FindingSource {
    private final DeviceRepository devices;
    private final DeviceCategories categories;
    private final PracticeDeviceCounts counts;
    private final PostureFindings postureFindings;
    private final ObjectProvider<SegmentReferences> segments;
    private final DeviceListings listings;
    private final DeviceRowQueries rowQueries;

    @PersistenceContext
    private EntityManager entityManager;

    private final Clock clock;

    DeviceService(
            DeviceRepository devices,
            DeviceCategories categories,
            PracticeDeviceCounts counts,
            PostureFindings postureFindings,
            ObjectProvider<SegmentReferences> segments,
            DeviceListings listings,
            DeviceRowQueries rowQueries,
            Clock clock) {
        this.rowQueries = rowQueries;
        this.segments = segments;
        this.listings = listings;
        this.counts = counts;
        this.postureFindings = postureFindings;
        this.devices = devices;
        this.categories = categories;
        this.clock = clock;
    }

    /**
     * A text search's matches are counted from its page query, up to this many: the full-text index
     * finds all of them anyway, so one query gives both the page and the total, not two.
     */
    static final int TOTAL_FROM_IDS = 2_000;
    /** Up to this offset a page is read in one statement; deeper, ids first, then their rows (see {@link #ids}). */
    static final int SHALLOW_OFFSET = 500;

    @CanViewPractice
    @Transactional(readOnly = true)
    public Page<Device> list(UUID practiceId, DeviceFilter filter, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return devices.findAll(DeviceSpecifications.matching(filter), pageable);
        }
        Pageable ordered = withTieBreaker(pageable);
        long end = pageable.getOffset() + pageable.getPageSize();
        if (DeviceSpecifications.searchesFullText(filter) && end <= TOTAL_FROM_IDS) {
            // Every match's id (sorted) up to TOTAL_FROM_IDS + 1, in the one full-text query: the page
            // is a part of them and, unless there are more, their number is the total.
            List<UUID> matches = ids(filter, ordered.getSort(), 0, TOTAL_FROM_IDS + 1);
            List<UUID> pageIds = matches.subList(
                    (int) Math.min(pageable.getOffset(), matches.size()), (int) Math.min(end, matches.size()));
            long total = matches.size() <= TOTAL_FROM_IDS ? matches.size() : total(practiceId, filter);
            return new PageImpl<>(load(pageIds), pageable, total);
        }
        List<Device> content = load(ids(filter, ordered.getSort(), ordered.getOffset(), pageable.getPageSize()));
        return new PageImpl<>(
                content,
                pageable,
                content.size() < pageable.getPageSize()
                        ? pageable.getOffset() + content.size()
                        : total(practiceId, filter));
    }

    /** A page without the total count: what a scrolling grid needs, and much cheaper on large registries. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Slice<Device> slice(UUID practiceId, DeviceFilter filter, Pageable pageable) {
        Pageable ordered = withTieBreaker(pageable);
        List<Device> content = ordered.getOffset() <= SHALLOW_OFFSET
                ? rows(filter, ordered.getSort(), ordered.getOffset(), pageable.getPageSize() + 1)
                : load(ids(filter, ordered.getSort(), ordered.getOffset(), pageable.getPageSize() + 1));
        boolean hasNext = content.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? content.subList(0, pageable.getPageSize()) : content, pageable, hasNext);
    }

    /**
     * The same page as {@link #slice}, every detail of each device, read as plain SQL instead of entities: what the
     * API's list answers on every call (see {@link DeviceListings} for why). Each device fills what
     * {@code newDevice} makes of its id and version (the API's resource, say), so nothing is copied twice. Sorting by
     * the properties of {@link DeviceListings#SORT_COLUMNS}.
     */
    @CanViewPractice
    @Transactional(readOnly = true)
    public <T extends DeviceDetails> Slice<T> listing(
            UUID practiceId, DeviceFilter filter, Pageable pageable, BiFunction<UUID, Long, T> newDevice) {
        Pageable ordered = withTieBreaker(pageable);
        List<T> content = listings.page(
                practiceId,
                filter,
                ordered.getSort(),
                ordered.getOffset(),
                pageable.getPageSize() + 1,
                ordered.getOffset() > SHALLOW_OFFSET,
                newDevice);
        boolean hasNext = content.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? content.subList(0, pageable.getPageSize()) : content, pageable, hasNext);
    }

    /**
     * A page of the device list's rows without the total count: the same devices, order and paging as {@link #slice},
     * read as a projection of the columns the list shows (no entities, no posture dates, nothing for the persistence
     * context to keep).
     */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Slice<DeviceRow> listRows(UUID practiceId, DeviceFilter filter, Pageable pageable) {
        Pageable ordered = withTieBreaker(pageable);
        List<DeviceRow> content = ordered.getOffset() <= SHALLOW_OFFSET
                ? rowQueries.rows(filter, null, ordered.getSort(), ordered.getOffset(), pageable.getPageSize() + 1)
                : rowsOf(ids(filter, ordered.getSort(), ordered.getOffset(), pageable.getPageSize() + 1));
        boolean hasNext = content.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? content.subList(0, pageable.getPageSize()) : content, pageable, hasNext);
    }

    /** The rows of these ids, in their order (the second half of the deferred join, see {@link #ids}). */
    private List<DeviceRow> rowsOf(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        Map<UUID, DeviceRow> byId = rowQueries.rows(DeviceFilter.NONE, ids, Sort.unsorted(), 0, ids.size()).stream()
                .collect(Collectors.toMap(DeviceRow::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * A "deferred join": the page's ids first, from an index where the filter allows (only ids and
     * sort columns are read, however deep the page), then just those rows ({@link #load}).
     */
    private List<UUID> ids(DeviceFilter filter, Sort sort, long offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(UUID.class);
        var root = query.from(Device.class);
        query.select(root.get("id")).where(DeviceSpecifications.matching(filter).toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Near the top of the list, the rows themselves in one statement: the index walk to a shallow
     * offset is short, so the deferred join's second round trip costs more than it saves.
     */
    private List<Device> rows(DeviceFilter filter, Sort sort, long offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Device.class);
        var root = query.from(Device.class);
        query.select(root).where(DeviceSpecifications.matching(filter).toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The devices of these ids, in their order. */
    private List<Device> load(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        Map<UUID, Device> byId = devices.findAllById(ids).stream().collect(Collectors.toMap(Device::getId, d -> d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The posture gaps of the devices in service, as findings for the overviews (see {@link PostureFindings}). */
    @Override
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Finding> findings(UUID practiceId) {
        return postureFindings.of(practiceId);
    }

    /** One device's own posture gaps, never grouped with others': what the device's page lists. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Finding> findingsFor(UUID practiceId, UUID deviceId) {
        return postureFindings.of(practiceId, get(practiceId, deviceId));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long count(UUID practiceId, DeviceFilter filter) {
        return total(practiceId, filter);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long count(UUID practiceId) {
        return counts.of(practiceId);
    }

    /** Unfiltered: the practice's kept count (one row); filtered: a count of the matches. */
    private long total(UUID practiceId, DeviceFilter filter) {
        return filter == null || filter.isEmpty()
                ? counts.of(practiceId)
                : devices.count(DeviceSpecifications.matching(filter));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Device get(UUID practiceId, UUID deviceId) {
        return find(practiceId, deviceId);
    }

    @CanEditPractice
    @Transactional
    public Device create(UUID practiceId, @Valid @NotNull DeviceDetails details) {
        Device device = new Device(clock.instant());
        check(practiceId, device.getId(), normalise(details));
        device.apply(details, today());
        return devices.save(device);
    }

    @CanEditPractice
    @Transactional
    public Device update(UUID practiceId, UUID deviceId, long expectedVersion, @Valid @NotNull DeviceDetails details) {
        Device device = find(practiceId, deviceId);
        requireVersion(device, expectedVersion);
        check(practiceId, deviceId, normalise(details));
        device.apply(details, today());
        return devices.saveAndFlush(device);
    }

    @CanEditPractice
    @Transactional
    public void delete(UUID practiceId, UUID deviceId) {
        devices.delete(find(practiceId, deviceId));
    }

    /** Bulk status change, all or nothing. Decommissioning goes through {@link #decommission}. */
    @CanEditPractice
    @Transactional
    public int changeStatus(UUID practiceId, @NotNull Set<UUID> deviceIds, @NotNull DeviceStatus status) {
        if (status == DeviceStatus.DECOMMISSIONED) {
            throw new InvalidInputException(
                    "status", "Decommissioning asks how patient data was disposed of: use Decommission");
        }
        List<Device> selected = findAll(practiceId, deviceIds);
        selected.forEach(d -> d.changeStatus(status, today()));
        return selected.size();
    }

    @CanEditPractice
    @Transactional
    public int changeCategory(UUID practiceId, @NotNull Set<UUID> deviceIds, @NotNull String category) {
        requireCategory(practiceId, category);
        List<Device> selected = findAll(practiceId, deviceIds);
        selected.forEach(d -> d.moveTo(category));
        return selected.size();
    }

    @CanEditPractice
    @Transactional
    public int changeSegment(UUID practiceId, @NotNull Set<UUID> deviceIds, UUID segmentId) {
        requireSegment(practiceId, segmentId);
        List<Device> selected = findAll(practiceId, deviceIds);
        selected.forEach(d -> d.placeIn(segmentId));
        return selected.size();
    }

    /** Decommissions and keeps the records, with how stored patient data was disposed of and by whom. */
    @CanEditPractice
    @Transactional
    public int decommission(UUID practiceId, @NotNull Set<UUID> deviceIds, DisposalMethod disposal, String disposedBy) {
        requireDisposal(disposal, disposedBy);
        List<Device> selected = findAll(practiceId, deviceIds);
        selected.forEach(d -> {
            d.recordDisposal(disposal, disposedBy);
            d.changeStatus(DeviceStatus.DECOMMISSIONED, today());
        });
        return selected.size();
    }

    /**
     * Takes a device out of service because a maintenance check failed (a failed steriliser test):
     * clinic staff who record maintenance may do this, though they may not edit the registry. Audited
     * as a status change of the device; the caller records why.
     */
    @CanRecordMaintenance
    @Transactional
    public Device takeOutOfService(UUID practiceId, UUID deviceId) {
        Device device = find(practiceId, deviceId);
        if (device.getStatus() == DeviceStatus.IN_SERVICE || device.getStatus() == DeviceStatus.PLANNED) {
            device.changeStatus(DeviceStatus.OUT_OF_SERVICE, today());
        }
        return device;
    }

    /**
     * Records what a maintenance check found for one posture item ("firmware current: yes, checked
     * today"). For those who record maintenance; audited as a posture change of the device.
     */
    @CanRecordMaintenance
    @Transactional
    public Device recordPostureCheck(
            UUID practiceId, UUID deviceId, @NotNull PostureItem item, @NotNull PostureCheck check) {
        Device device = find(practiceId, deviceId);
        device.recordPosture(item, check);
        return device;
    }

    /**
     * Normalises addresses in place (IPs canonical, MAC lower-case colon form); throws
     * InvalidInputException naming the field when one cannot be parsed. Public for the import preview.
     */
    public static DeviceDetails normalise(DeviceDetails details) {
        try {
            details.setIpAddresses(NetworkAddresses.ips(details.getIpAddresses()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ipAddresses", e.getMessage());
        }
        String mac = details.getMacAddress();
        if (mac != null && !mac.isBlank()) {
            details.setMacAddress(NetworkAddresses.mac(mac)
                    .orElseThrow(() -> new InvalidInputException(
                            "macAddress", "\"" + mac.strip() + "\" is not a MAC address such as 00:1a:2b:3c:4d:5e")));
        }
        if (details.getSerialNumber() != null)
            details.setSerialNumber(details.getSerialNumber().strip());
        return details;
    }

    private void check(UUID practiceId, UUID deviceId, DeviceDetails details) {
        requireCategory(practiceId, details.getCategory());
        String serial = details.getSerialNumber();
        if (serial != null && !serial.isBlank() && devices.existsBySerialNumberAndIdNot(serial, deviceId)) {
            throw new InvalidInputException(
                    "serialNumber", "Another device in this practice already has serial number " + serial);
        }
        String mac = details.getMacAddress();
        if (mac != null && !mac.isBlank() && devices.existsByMacAddressAndIdNot(mac, deviceId)) {
            throw new InvalidInputException(
                    "macAddress", "Another device in this practice already has MAC address " + mac);
        }
        if (details.getStatus() == DeviceStatus.DECOMMISSIONED) {
            requireDisposal(details.getDisposalMethod(), details.getDisposedBy());
        }
        requireSegment(practiceId, details.getSegmentId());
    }

    private void requireSegment(UUID practiceId, UUID segmentId) {
        SegmentReferences known = segments.getIfAvailable();
        if (segmentId != null && known != null && !known.exists(practiceId, segmentId)) {
            throw new InvalidInputException("segmentId", "This practice has no network segment with id " + segmentId);
        }
    }

    private void requireCategory(UUID practiceId, String category) {
        Set<String> known = categories.forPractice(practiceId).stream()
                .map(DeviceCategory::getCode)
                .collect(Collectors.toSet());
        if (category == null || !known.contains(category.strip())) {
            throw new InvalidInputException("category", unknownCategory(category, known));
        }
    }

    private static void requireDisposal(DisposalMethod disposal, String disposedBy) {
        disposalProblems(disposal, disposedBy).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new InvalidInputException(problem.getKey(), problem.getValue());
        });
    }

    /** Field to message for what a decommissioning lacks; the import reports them per row. */
    static Map<String, String> disposalProblems(DisposalMethod disposal, String disposedBy) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (disposal == null) {
            problems.put("disposalMethod", "Say how patient data stored on the device was disposed of");
        }
        if (disposedBy == null || disposedBy.isBlank()) {
            problems.put("disposedBy", "Say who disposed of the data");
        }
        return problems;
    }

    static String unknownCategory(String category, Set<String> known) {
        return "Unknown category \"" + (category == null ? "" : category.strip()) + "\"; choose one of "
                + known.stream().sorted().toList();
    }

    private static void requireVersion(Device device, long expectedVersion) {
        if (device.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Device \"" + device.getName() + "\"");
        }
    }

    private List<Device> findAll(UUID practiceId, Set<UUID> deviceIds) {
        List<Device> found = devices.findAllById(deviceIds).stream()
                .filter(d -> practiceId.equals(d.getPracticeId()))
                .toList();
        if (found.size() != deviceIds.size()) {
            throw new NotFoundException("Device"); // one of them is not in this practice: change none
        }
        return found;
    }

    private Device find(UUID practiceId, UUID deviceId) {
        // The tenant filter already hides other practices' devices; the comparison keeps that true
        // even if a load path ever bypassed it.
        return devices.findById(deviceId)
                .filter(d -> practiceId.equals(d.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Device"));
    }

    private static Pageable withTieBreaker(Pageable pageable) {
        if (pageable.isUnpaged()) return pageable;
        Sort sort = pageable.getSort().isSorted()
                ? pageable.getSort().and(Sort.by("id"))
                : Sort.by("name").and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
