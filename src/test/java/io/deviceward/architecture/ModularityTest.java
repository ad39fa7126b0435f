package io.deviceward.architecture;

import io.deviceward.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules and their rules, verified by Spring Modulith: no cycles between features, and a feature
 * reaches another only through its published API (the root package), never its {@code ui}, {@code api} or
 * other internals. {@code shared} is open: its sub-packages are the common vocabulary. See
 * docs/decisions/2026-12-01-package-structure-and-module-rules.md.
 */
class ModularityTest {
    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresFormNoCyclesAndUseEachOtherOnlyThroughTheirApi() {
        MODULES.verify();
    }

    /** Writes the module map (PlantUML, C4 style) and a canvas per module to docs/architecture. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
