package io.deviceward.device;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes MariaDB's full-text match available to criteria queries as {@code device_text_match(column, query)}
 * (registered in META-INF/services). Used as {@code device_text_match(...) > 0}, which MariaDB still
 * answers from the full-text index.
 */
public class DeviceSearchFunctions implements FunctionContributor {
    static final String MATCH = "device_text_match";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions
                .getFunctionRegistry()
                .registerPattern(
                        MATCH,
                        "match(?1) against(?2 in boolean mode)",
                        contributions
                                .getTypeConfiguration()
                                .getBasicTypeRegistry()
                                .resolve(StandardBasicTypes.DOUBLE));
    }
}
