/**
 * The SQLite trace store. Start at {@link org.tracelab.storage.TraceStore}; write through
 * {@link org.tracelab.storage.TraceWriter}, read and query through {@link org.tracelab.storage.TraceReader}.
 * All SQL stays in this package.
 */
package org.tracelab.storage;
