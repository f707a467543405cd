package org.tracelab.core.run;

import java.util.Set;
import org.tracelab.core.model.ModelException;

/**
 * A model error that every further call would repeat (wrong key, unknown model, backend unusable): recording
 * it as a failed attempt in thousands of chains would only hide it, so it fails the job instead.
 */
final class FatalModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final Set<ModelException.Kind> FATAL_KINDS = Set.of(
            ModelException.Kind.AUTH, ModelException.Kind.MODEL_NOT_FOUND, ModelException.Kind.BACKEND_UNAVAILABLE);

    FatalModelException(ModelException cause) {
        super(cause.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + cause.getMessage(), cause);
    }
}
