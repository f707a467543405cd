/**
 * The portable form of a trace: {@link org.tracelab.core.record.ComplianceEvalRecord}, one chain per JSON line,
 * described by {@code compliance-eval-record.schema.json} (draft 2020-12) and validated on write and read.
 */
package org.tracelab.core.record;
