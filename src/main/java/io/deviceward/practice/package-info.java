/** Practices and providers: a practice's details and a provider's practices. */
@NullMarked
package io.deviceward.practice;

import org.jspecify.annotations.NullMarked;
