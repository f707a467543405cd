package org.tracelab.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token. Kept out of every printable form: {@link #toString()} never shows it, and only
 * {@link #authorizationHeader()} hands it out, for the one place that sends it.
 */
public final class ApiKey {

    /** The environment variable the CLI falls back to when {@code --api-key} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "TRACELAB_API_KEY";

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    public static ApiKey of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("an API key must not be blank");
        }
        return new ApiKey(secret.strip());
    }

    /** The key from the command line if given, else from {@value #ENVIRONMENT_VARIABLE}, else none. */
    public static Optional<ApiKey> resolve(String commandLineValue, Map<String, String> environment) {
        if (commandLineValue != null && !commandLineValue.isBlank()) {
            return Optional.of(of(commandLineValue));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? Optional.empty()
                : Optional.of(of(fromEnvironment));
    }

    /** The value of the {@code Authorization} header. */
    String authorizationHeader() {
        return "Bearer " + secret;
    }

    /** True when {@code text} contains the key: used to make sure error messages never echo it. */
    boolean appearsIn(String text) {
        return text != null && text.contains(secret);
    }

    String redact(String text) {
        return text == null ? null : text.replace(secret, "[redacted]");
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }
}
