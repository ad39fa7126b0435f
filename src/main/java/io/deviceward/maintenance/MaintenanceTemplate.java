package io.deviceward.maintenance;

import io.deviceward.audit.Audited;
import io.deviceward.device.PostureItem;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A kind of recurring work: its checklist, evidence fields and limits, what a failure sets off and the
 * posture item a completion updates. Without a provider it belongs to the starter set.
 */
@Entity
public class MaintenanceTemplate implements Audited {
    @Id
    private UUID id;

    private @Nullable UUID providerId;
    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private TemplateKind kind;

    private @Nullable String description;
    private String suggestedRrule;

    @Enumerated(EnumType.STRING)
    private TargetKind suggestedTarget;

    private int steps;

    @Enumerated(EnumType.STRING)
    private FailureAction onFailure;

    private int followUpDays;

    @Enumerated(EnumType.STRING)
    private @Nullable PostureItem postureItem;

    private String definition;

    @Transient
    private @Nullable TemplateDefinition parsed;

    @Version
    private long version;

    protected MaintenanceTemplate() {}

    /**
     * The provider's own version of a template: the same work and steps, its own name and limits. The code says which
     * template it was adapted from, with a short suffix so a provider can keep several versions.
     */
    static MaintenanceTemplate adaptedFrom(
            MaintenanceTemplate source, UUID providerId, String name, TemplateDefinition definition) {
        MaintenanceTemplate copy = new MaintenanceTemplate();
        copy.id = UUID.randomUUID();
        copy.providerId = providerId;
        String base = source.code.startsWith("provider.") ? source.code.substring("provider.".length()) : source.code;
        String suffix = copy.id.toString().substring(0, 8);
        copy.code = "provider." + (base.length() > 41 ? base.substring(0, 41) : base) + "." + suffix;
        copy.name = name;
        copy.kind = source.kind;
        copy.description = source.description;
        copy.suggestedRrule = source.suggestedRrule;
        copy.suggestedTarget = source.suggestedTarget;
        copy.steps = source.steps;
        copy.onFailure = source.onFailure;
        copy.followUpDays = source.followUpDays;
        copy.postureItem = source.postureItem;
        copy.definition = definition.toJson();
        copy.parsed = definition;
        return copy;
    }

    @Override
    public UUID auditScopeId() {
        // Only a provider's own templates change through the app; the starter set comes with the schema.
        return providerId;
    }

    @Override
    public String auditObjectType() {
        return "Maintenance template";
    }

    @Override
    public String auditLabel() {
        return name;
    }

    /** Parsed definitions by template id and version: a template is read on every list, its JSON rarely changes. */
    private static final Map<String, TemplateDefinition> PARSED = new ConcurrentHashMap<>();

    @PostLoad
    void parse() {
        parsed = PARSED.computeIfAbsent(id + ":" + version, key -> TemplateDefinition.fromJson(definition));
    }

    public UUID getId() {
        return id;
    }

    public @Nullable UUID getProviderId() {
        return providerId;
    }

    public boolean isStarter() {
        return providerId == null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TemplateKind getKind() {
        return kind;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public String getSuggestedRrule() {
        return suggestedRrule;
    }

    public TargetKind getSuggestedTarget() {
        return suggestedTarget;
    }

    public int getSteps() {
        return steps;
    }

    public FailureAction getOnFailure() {
        return onFailure;
    }

    public int getFollowUpDays() {
        return followUpDays;
    }

    public @Nullable PostureItem getPostureItem() {
        return postureItem;
    }

    public TemplateDefinition definition() {
        if (parsed == null) parsed = TemplateDefinition.fromJson(definition);
        return parsed;
    }

    public long getVersion() {
        return version;
    }
}
