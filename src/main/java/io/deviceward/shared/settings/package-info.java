/** Settings checks: the production profile refuses to start with a missing or development default secret. */
@NullMarked
package io.deviceward.shared.settings;

import org.jspecify.annotations.NullMarked;
