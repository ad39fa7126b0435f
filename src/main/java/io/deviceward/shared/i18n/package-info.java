/** The UI's two languages: the provider Vaadin asks for every text. */
@NullMarked
package io.deviceward.shared.i18n;

import org.jspecify.annotations.NullMarked;
