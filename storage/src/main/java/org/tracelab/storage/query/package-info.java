/** The explorer's query vocabulary: filters, pages, facet counts and per-run aggregates. No SQL here. */
package org.tracelab.storage.query;
