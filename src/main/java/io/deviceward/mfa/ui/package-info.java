/** The sign-in security pages of a practice and of a provider. */
@NullMarked
package io.deviceward.mfa.ui;

import org.jspecify.annotations.NullMarked;
