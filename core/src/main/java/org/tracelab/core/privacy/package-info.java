/**
 * Keeping private details on the machine: URLs without their credentials (stored) or with them masked (shown), and
 * local files named by file name only. Used wherever a URL or a path could reach the store, a record, an export,
 * a log line or a message.
 */
package org.tracelab.core.privacy;
