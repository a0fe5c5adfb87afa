/**
 * Health of ari-queue's runtimes, for Spring Boot's health endpoint.
 */
package io.ariqueue.autoconfigure.health;
