package io.ariqueue.proxy.wire;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * A command read from a dialogue's commands queue and checked against ARI: the proxy sends
 * Asterisk only commands of this shape.
 *
 * @param uniqueId the correlation id to echo in the response, never empty
 * @param method the HTTP method, upper case
 * @param path the path relative to the ARI root, starting with {@code /}, as the client wrote it
 * @param operation the ARI operation the method and path stand for
 * @param pathVariables the values of the operation's path placeholders, decoded
 * @param parameters the ARI parameters from the command's body; the proxy may add ids to it
 * @author ari-queue team
 */
public record ProxyCommand(String uniqueId, String method, String path, AriOperation operation,
		Map<String, String> pathVariables, ObjectNode parameters) {
}
