package org.tracelab.core.verify.lang;

import java.util.Optional;

/** Identifies the language of a text, as Python {@code langdetect.detect} does. */
public interface LanguageIdentifier {

    /**
     * The most probable language as an ISO 639-1 code ({@code zh-cn}/{@code zh-tw} for Chinese), or empty
     * when the detector cannot decide (langdetect's "no features in text" error), which IFEval counts as
     * a pass.
     */
    Optional<String> detect(String text);

    /** Which detector and profiles are in use, for reports. */
    String description();
}
