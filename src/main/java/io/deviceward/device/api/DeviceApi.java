package io.deviceward.device.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceCategories;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureGap;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The device registry for integrations. Thin: {@link DeviceService} holds the rules and checks the
 * caller's membership, exactly as for the UI. Errors come back as problem+json (see ApiProblems).
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/devices")
@Tag(name = "Devices", description = "The device registry of one practice")
class DeviceApi {
    private static final int MAX_PAGE_SIZE = 500;
    private static final List<String> SORTABLE = List.of(
            "name",
            "category",
            "manufacturer",
            "model",
            "serialNumber",
            "location",
            "status",
            "criticality",
            "hostname",
            "macAddress");

    private final DeviceService devices;

    private final DeviceCategories categories;

    DeviceApi(DeviceService devices, DeviceCategories categories) {
        this.devices = devices;
        this.categories = categories;
    }

    /** The request body for create and update; update also needs the version it was read at. */
    static class DeviceRequest extends DeviceDetails {
        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @JsonPropertyOrder({
        "id",
        "name",
        "category",
        "manufacturer",
        "model",
        "serialNumber",
        "location",
        "hostname",
        "ipAddresses",
        "macAddress",
        "connection",
        "firmwareVersion",
        "storesPatientData",
        "remoteAccess",
        "criticality",
        "status",
        "posture",
        "notes",
        "version"
    })
    static class DeviceResource extends DeviceDetails {
        private UUID id;
        private long version;

        static DeviceResource from(Device device) {
            DeviceResource resource = new DeviceResource();
            resource.readFrom(device);
            resource.id = device.getId();
            resource.version = device.getVersion();
            return resource;
        }

        /** An empty resource of this id and version, for the registry's listing to fill. */
        static DeviceResource listed(UUID id, Long version) {
            DeviceResource resource = new DeviceResource();
            resource.id = id;
            resource.version = version;
            return resource;
        }

        public UUID getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }
    }

    /** totalElements and totalPages only when asked for (withTotal=true): counting a large registry costs more than the page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageInfo(int number, int size, boolean hasNext, Long totalElements, Integer totalPages) {}

    record DevicePage(List<DeviceResource> content, PageInfo page) {}

    @GetMapping
    @Operation(summary = "List devices, paged, with the same filters as the registry grid")
    DevicePage list(
            @PathVariable UUID practiceId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) DeviceStatus status,
            @RequestParam(required = false) UUID segment,
            @RequestParam(required = false) PostureGap gap,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String direction,
            @RequestParam(defaultValue = "false") boolean withTotal) {
        if (page < 0) throw new InvalidInputException("page", "The page number starts at 0");
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "The page size is between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException(
                    "page", "The page is beyond the last possible one (page × size must stay below 2^31)");
        }
        if (!"asc".equalsIgnoreCase(direction) && !"desc".equalsIgnoreCase(direction)) {
            throw new InvalidInputException("direction", "The direction is asc or desc");
        }
        if (category != null && !category.isBlank()) {
            Set<String> known = categories.labels(practiceId).keySet();
            if (!known.contains(category)) {
                throw new InvalidInputException("category", "Unknown category: use one of " + new TreeSet<>(known));
            }
        }
        if (!SORTABLE.contains(sort)) {
            throw new InvalidInputException("sort", "Sort by one of " + SORTABLE);
        }
        Sort order = Sort.by("desc".equalsIgnoreCase(direction) ? Sort.Direction.DESC : Sort.Direction.ASC, sort);
        DeviceFilter filter = new DeviceFilter(q, category, status, segment, gap);
        PageRequest request = PageRequest.of(page, size, order);
        if (withTotal) {
            Page<Device> result = devices.list(practiceId, filter, request);
            return new DevicePage(
                    result.map(DeviceResource::from).getContent(),
                    new PageInfo(
                            result.getNumber(),
                            result.getSize(),
                            result.hasNext(),
                            result.getTotalElements(),
                            result.getTotalPages()));
        }
        Slice<DeviceResource> result = devices.listing(practiceId, filter, request, DeviceResource::listed);
        return new DevicePage(
                result.getContent(), new PageInfo(result.getNumber(), result.getSize(), result.hasNext(), null, null));
    }

    @GetMapping("/{deviceId}")
    @Operation(summary = "One device")
    DeviceResource get(@PathVariable UUID practiceId, @PathVariable UUID deviceId) {
        return DeviceResource.from(devices.get(practiceId, deviceId));
    }

    @PostMapping
    @Operation(summary = "Register a device")
    ResponseEntity<DeviceResource> create(@PathVariable UUID practiceId, @Valid @RequestBody DeviceRequest request) {
        Device device = devices.create(practiceId, request);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + practiceId + "/devices/" + device.getId()))
                .body(DeviceResource.from(device));
    }

    @PutMapping("/{deviceId}")
    @Operation(summary = "Change a device; send the version you read, a stale one answers 409")
    DeviceResource update(
            @PathVariable UUID practiceId, @PathVariable UUID deviceId, @Valid @RequestBody DeviceRequest request) {
        long version = Versions.required(request.getVersion(), "device");
        return DeviceResource.from(devices.update(practiceId, deviceId, version, request));
    }

    @DeleteMapping("/{deviceId}")
    @Operation(summary = "Remove a device from the registry (decommissioning keeps it instead)")
    ResponseEntity<Void> delete(@PathVariable UUID practiceId, @PathVariable UUID deviceId) {
        devices.delete(practiceId, deviceId);
        return ResponseEntity.noContent().build();
    }
}
