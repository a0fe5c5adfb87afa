package io.ariqueue.queueproxy.command;

import java.util.List;

import io.ariqueue.queueproxy.dialogue.ObjectRef;

/**
 * A command made ready for Asterisk: the ids of what it creates are chosen and bound to the
 * dialogue before it is sent.
 *
 * @param method the HTTP method
 * @param path the path to send, relative to the ARI root
 * @param parameters the JSON body, or {@code null} for none
 * @param bound the objects bound to the dialogue for this command, to unbind if Asterisk refuses it
 * @param createdBridge the bridge the command creates, or {@code null}
 * @author ari-queue team
 */
public record BoundRequest(String method, String path, String parameters, List<ObjectRef> bound,
		String createdBridge) {
}
