/** The registry's exchange formats: the CSV template read and written, and nmap's XML. */
@NullMarked
package io.deviceward.device.transfer;

import org.jspecify.annotations.NullMarked;
