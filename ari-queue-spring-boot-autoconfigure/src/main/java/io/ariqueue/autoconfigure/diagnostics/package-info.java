/**
 * Failure analyzers that explain why ari-queue stopped an application from starting.
 */
package io.ariqueue.autoconfigure.diagnostics;
