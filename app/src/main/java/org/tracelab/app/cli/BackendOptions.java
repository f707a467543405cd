package org.tracelab.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracelab.app.service.bench.ModelTarget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bench}'s model: {@code --endpoint URL...} or {@code --gguf FILE}, one of them, checked before any use. */
final class BackendOptions {

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "OpenAI-compatible base URL including /v1; repeat to spread calls over several servers.")
    List<URI> endpoints;

    @Option(names = "--gguf", paramLabel = "FILE", description = "Run a GGUF model file in-process.")
    Path gguf;

    /** The model these options and {@code --model} name; a missing file or a URL that is not http(s) is refused. */
    ModelTarget target(CommandSpec spec, String model) {
        if (gguf != null) {
            if (!Files.isRegularFile(gguf)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--gguf: " + gguf
                                + (Files.isDirectory(gguf) ? ": is a directory, not a file" : ": no such file"));
            }
            return new ModelTarget.GgufFile(gguf, model);
        }
        if (model == null) {
            throw new ParameterException(spec.commandLine(), "--model is required with --endpoint");
        }
        for (URI endpoint : endpoints) {
            String scheme = endpoint.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || endpoint.getHost() == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--endpoint: " + endpoint
                                + " is not an http(s) URL with a host, e.g. http://127.0.0.1:8080/v1");
            }
        }
        return new ModelTarget.Endpoints(endpoints, model);
    }
}
