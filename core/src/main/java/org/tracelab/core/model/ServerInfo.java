package org.tracelab.core.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a server says about itself before a run ({@link ServerProbe}).
 *
 * @param kind          the server software, as far as its answers tell
 * @param models        the model ids it offers, possibly empty
 * @param contextTokens its context window in tokens (prompt plus completion), when it reports one
 */
public record ServerInfo(ServerKind kind, List<String> models, OptionalInt contextTokens) {

    public ServerInfo {
        Objects.requireNonNull(kind, "kind");
        models = List.copyOf(models);
        Objects.requireNonNull(contextTokens, "contextTokens");
    }
}
