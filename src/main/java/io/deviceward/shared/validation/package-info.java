/** Bean Validation constraints every feature's text fields share (forms, imports and the API alike). */
@NullMarked
package io.deviceward.shared.validation;

import org.jspecify.annotations.NullMarked;
