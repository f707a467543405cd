package org.tracelab.app.ui.shell;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Where the log file is written: the folder of the logging configuration's file appender. */
final class LogFolder {

    private LogFolder() {}

    /** The folder of the log file, as logback was configured ({@code logback.xml}); the default when unknown. */
    static Path current() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders =
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
            while (appenders.hasNext()) {
                if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
                    Path parent = Path.of(file.getFile()).toAbsolutePath().getParent();
                    if (parent != null) {
                        return parent;
                    }
                }
            }
        }
        String configured = System.getenv("TRACELAB_LOG_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "state", "tracelab");
    }
}
