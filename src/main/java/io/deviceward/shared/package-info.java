/**
 * What is truly common to every feature: tenancy, the security annotations and permissions, the findings and
 * navigation contributions the shell collects, the API's problem answers, small UI helpers, and the local
 * runtime. An open module: features use its sub-packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.deviceward.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
