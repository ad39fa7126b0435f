/** Text rules every feature shares: what a spreadsheet would run, how a field name reads. */
@NullMarked
package io.deviceward.shared.text;

import org.jspecify.annotations.NullMarked;
