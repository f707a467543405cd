/** Logging set-up: the log pattern's URL masking ({@code logback.xml} refers to it by class name). */
package org.tracelab.app.logging;
