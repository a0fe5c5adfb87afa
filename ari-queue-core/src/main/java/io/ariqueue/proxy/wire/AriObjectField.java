package io.ariqueue.proxy.wire;

/**
 * A top-level field of an ARI event that holds an Asterisk object.
 *
 * @param field the field name, for example {@code peer}
 * @param kind the kind of object it holds
 * @author ari-queue team
 */
public record AriObjectField(String field, AriObjectKind kind) {
}
