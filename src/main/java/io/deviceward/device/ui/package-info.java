/** The registry's pages: list, form, import and the provider's categories; {@link io.deviceward.device.ui.DeviceNavigation} links into them. */
@NullMarked
package io.deviceward.device.ui;

import org.jspecify.annotations.NullMarked;
