package org.tracelab.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import org.tracelab.core.privacy.Urls;

/**
 * Logback's {@code %masked(...)}: the wrapped pattern's output with every URL in it masked ({@link Urls#maskIn}), so
 * credentials a user put into an endpoint URL reach no log line, whichever library's message or stack trace quotes
 * the URL. Code should not log credentials in the first place; this is the last line of defence.
 */
public final class MaskedUrlsConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return in.contains("://") ? Urls.maskIn(in) : in;
    }
}
