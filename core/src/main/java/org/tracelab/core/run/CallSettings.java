package org.tracelab.core.run;

/**
 * The sampling every call of a job uses; the seed is derived per call ({@link SeedDeriver}).
 *
 * @param model        model name sent with each request, null for a backend serving one model
 * @param temperature  sampling temperature
 * @param topP         nucleus threshold, null to leave it to the server
 * @param maxTokens    generation limit of each call
 * @param systemPrompt sent as the first (system) message of every request of every mode; null for none (a blank
 *                     text counts as none, so a request never carries an empty system turn)
 * @param maxAnswerChars the longest answer stored and verified; a longer one is cut to this many characters and
 *                     flagged {@code truncated:answer_cap}, so one runaway answer cannot fill the store or the heap
 */
public record CallSettings(
        String model, double temperature, Double topP, int maxTokens, String systemPrompt, int maxAnswerChars) {

    /** 256 Ki characters: some 60,000 tokens of English, far beyond any {@code max_tokens} a benchmark asks for. */
    public static final int DEFAULT_MAX_ANSWER_CHARS = 262_144;

    /** lm-evaluation-harness's IFEval setting. */
    public static final int DEFAULT_MAX_TOKENS = 1280;
    /** The seed article's setting, for a single rollout. */
    public static final double DEFAULT_TEMPERATURE_ONE_FORK = 0.2;
    /** With several forks the rollouts must differ to be worth having. */
    public static final double DEFAULT_TEMPERATURE_FORKS = 0.8;

    public CallSettings {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be positive, was " + maxTokens);
        }
        if (temperature < 0) {
            throw new IllegalArgumentException("negative temperature");
        }
        systemPrompt = systemPrompt == null || systemPrompt.isBlank() ? null : systemPrompt;
        if (maxAnswerChars < 1) {
            throw new IllegalArgumentException("the answer cap must be positive, was " + maxAnswerChars);
        }
    }

    /** With the default answer cap. */
    public CallSettings(String model, double temperature, Double topP, int maxTokens, String systemPrompt) {
        this(model, temperature, topP, maxTokens, systemPrompt, DEFAULT_MAX_ANSWER_CHARS);
    }

    /** Without a system prompt. */
    public CallSettings(String model, double temperature, Double topP, int maxTokens) {
        this(model, temperature, topP, maxTokens, null);
    }

    /** The same settings with {@code text} as the system prompt (null or blank for none). */
    public CallSettings withSystemPrompt(String text) {
        return new CallSettings(model, temperature, topP, maxTokens, text, maxAnswerChars);
    }

    /** The same settings with another answer cap (characters). */
    public CallSettings withMaxAnswerChars(int chars) {
        return new CallSettings(model, temperature, topP, maxTokens, systemPrompt, chars);
    }

    /**
     * The settings for {@code forks} rollouts with the documented defaults for whatever the user left out.
     *
     * @param temperature {@code --temperature}, or null for 0.2 with one fork and 0.8 with several
     * @param maxTokens   {@code --max-tokens}, or null for 1280
     */
    public static CallSettings defaults(String model, int forks, Double temperature, Integer maxTokens) {
        double t = temperature != null
                ? temperature
                : forks > 1 ? DEFAULT_TEMPERATURE_FORKS : DEFAULT_TEMPERATURE_ONE_FORK;
        return new CallSettings(model, t, null, maxTokens != null ? maxTokens : DEFAULT_MAX_TOKENS);
    }
}
