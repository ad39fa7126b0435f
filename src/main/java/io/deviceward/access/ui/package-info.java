/** Members, invitations, access reviews and the provider's people pages. */
@NullMarked
package io.deviceward.access.ui;

import org.jspecify.annotations.NullMarked;
