package org.tracelab.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The one error every model backend raises; {@link #kind()} says what went wrong, {@link #retryable()} what to do. */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, independent of the backend. */
    public enum Kind {
        /** Could not connect, or the connection dropped. */
        CONNECTION(true, true),
        /** No byte within the idle timeout, or no complete answer within the per-call limit. */
        TIMEOUT(false, true),
        /** HTTP 429. */
        RATE_LIMITED(true, true),
        /** HTTP 5xx, or a server error reported inside a successful stream. */
        SERVER_ERROR(true, true),
        /** The server is still loading the model (llama-server answers 503 "Loading model"). */
        MODEL_LOADING(true, true),
        /** The server rejected the request (HTTP 400/422, prompt too long, bad parameter). */
        BAD_REQUEST(false, false),
        /** HTTP 401/403: missing or wrong API key. */
        AUTH(false, false),
        /** HTTP 404, or a server saying the model does not exist; also a missing model file. */
        MODEL_NOT_FOUND(false, false),
        /**
         * The answer could not be understood (not JSON, no content, larger than the client accepts), or a model
         * file is not a usable model.
         */
        MALFORMED_RESPONSE(false, true),
        /** The calling thread was interrupted. */
        CANCELLED(false, false),
        /** The backend cannot run here: native library not loadable (CPU without AVX2, libgomp1 missing). */
        BACKEND_UNAVAILABLE(false, false);

        private final boolean retryableByDefault;
        private final boolean transportFault;

        Kind(boolean retryableByDefault, boolean transportFault) {
            this.retryableByDefault = retryableByDefault;
            this.transportFault = transportFault;
        }

        public boolean retryableByDefault() {
            return retryableByDefault;
        }

        /**
         * The server, not the model, failed the call: it was down, stalled, reset, failed or sent no usable
         * answer. Such a call says nothing about the model, so a runner never turns it into a verdict.
         */
        public boolean transportFault() {
            return transportFault;
        }
    }

    private final Kind kind;
    private final boolean retryable;
    private final Integer httpStatus;
    private final Duration retryAfter;
    private final String endpoint;

    public ModelException(Kind kind, String message) {
        this(kind, message, null, null, null);
    }

    public ModelException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, null, cause);
    }

    public ModelException(Kind kind, String message, Integer httpStatus, Duration retryAfter, Throwable cause) {
        this(kind, message, httpStatus, retryAfter, cause, null);
    }

    private ModelException(
            Kind kind, String message, Integer httpStatus, Duration retryAfter, Throwable cause, String endpoint) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryable = kind.retryableByDefault();
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        this.endpoint = endpoint;
    }

    /** This failure as raised by {@code endpoint} (a key-free base URL or {@code gguf:FILE}). */
    public ModelException at(String endpoint) {
        ModelException located = new ModelException(kind, getMessage(), httpStatus, retryAfter, getCause(), endpoint);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The endpoint that failed, when the backend said. */
    public Optional<String> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public Kind kind() {
        return kind;
    }

    /** True when the same call may succeed if tried again later. */
    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status that carried the error, if any (a mid-stream error arrives with 200). */
    public Optional<Integer> httpStatus() {
        return Optional.ofNullable(httpStatus);
    }

    /** The server's {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "ModelException[" + kind + "]: " + getMessage();
    }
}
