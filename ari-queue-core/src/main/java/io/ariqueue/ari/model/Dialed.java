package io.ariqueue.ari.model;

/**
 * A dialed party; it carries no fields.
 */
public record Dialed() {
}
