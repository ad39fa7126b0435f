package io.deviceward.device;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** One entry of the managed category list: standard (no provider) or a provider's own. */
@Entity
public class DeviceCategory {
    @Id
    private UUID id;

    private UUID providerId;
    private String code;
    private String label;
    private int position;

    protected DeviceCategory() {}

    DeviceCategory(UUID providerId, String code, String label, int position) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isStandard() {
        return providerId == null;
    }
}
