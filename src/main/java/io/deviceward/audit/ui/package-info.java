/** The audit trail's page and its place in the shell. */
@NullMarked
package io.deviceward.audit.ui;

import org.jspecify.annotations.NullMarked;
