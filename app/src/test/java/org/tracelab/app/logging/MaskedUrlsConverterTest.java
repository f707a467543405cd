package org.tracelab.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log pattern of {@code logback.xml} masks URLs in messages and stack traces alike. */
class MaskedUrlsConverterTest {

    @TempDir
    Path dir;

    @Test
    void aUrlWithCredentialsInAMessageOrAStackTraceIsLoggedMasked() throws Exception {
        Path file = dir.resolve("test.log");
        String config = """
                <configuration>
                  <conversionRule conversionWord="masked" class="%s"/>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%masked(%%-5level %%logger - %%msg%%n%%ex)</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="FILE"/></root>
                </configuration>""".formatted(MaskedUrlsConverter.class.getName(), file);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
        Logger logger = context.getLogger("test");

        logger.warn(
                "calling http://user:secret@127.0.0.1:8080/v1?api_key=secret2 failed",
                new IllegalStateException("cannot reach http://user:secret@127.0.0.1:8080/v1?api_key=secret2"));
        context.stop();

        String logged = Files.readString(file);
        assertThat(logged)
                .contains(
                        "calling http://***@127.0.0.1:8080/v1?api_key=*** failed",
                        "java.lang.IllegalStateException: cannot reach http://***@127.0.0.1:8080/v1?api_key=***",
                        "at org.tracelab.app.logging.MaskedUrlsConverterTest")
                .doesNotContain("secret");
    }
}
