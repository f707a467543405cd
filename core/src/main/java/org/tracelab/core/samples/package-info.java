/**
 * The illustrative sample store: hand-written chains (no model produced them) replayed through the real modes,
 * verifier and gaming detector, so the explorer can be tried without a model. The source format is described in
 * {@code samples/traces/README.md}; every run built here is named as an illustration
 * ({@link org.tracelab.core.trace.RunInfo#isIllustration()}).
 */
package org.tracelab.core.samples;
