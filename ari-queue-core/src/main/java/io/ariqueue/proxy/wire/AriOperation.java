package io.ariqueue.proxy.wire;

import java.util.List;

/**
 * One operation of Asterisk's REST Interface.
 *
 * @param name the operation's name, resource and nickname, for example {@code channels.originate}
 * @param method the HTTP method
 * @param pathTemplate the path relative to the ARI root, with {@code {name}} placeholders
 * @param parameters the names of its query and body parameters
 * @author ari-queue team
 */
public record AriOperation(String name, String method, String pathTemplate, List<String> parameters) {

	/**
	 * Whether the operation takes a query or body parameter of this name.
	 * @param parameter the parameter name
	 * @return whether it takes it
	 */
	public boolean hasParameter(String parameter) {
		return this.parameters.contains(parameter);
	}

}
