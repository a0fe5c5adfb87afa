package io.ariqueue.test.simulator.asterisk;

import java.util.Map;

/**
 * How a new channel looks when the fake Asterisk creates it.
 *
 * @param id the channel id ({@code null} for an Asterisk-style {@code <epoch>.<n>} id)
 * @param name the channel name ({@code null} for {@code PJSIP/<caller number or endpoint>-0000000n})
 * @param state the initial state, e.g. {@code Ring}, {@code Up} or {@code Down}
 * @param callerName the caller id name
 * @param callerNumber the caller id number
 * @param connectedName the connected line name
 * @param connectedNumber the connected line number
 * @param accountcode the account code
 * @param context the dialplan context
 * @param exten the dialplan extension
 * @param priority the dialplan priority
 * @param language the channel language
 * @param variables the channel variables it starts with
 * @author ari-queue
 */
public record ChannelSpec(String id, String name, String state, String callerName, String callerNumber,
		String connectedName, String connectedNumber, String accountcode, String context, String exten, long priority,
		String language, Map<String, String> variables) {

	/**
	 * Create a spec.
	 * @param id the channel id
	 * @param name the channel name
	 * @param state the initial state
	 * @param callerName the caller id name
	 * @param callerNumber the caller id number
	 * @param connectedName the connected line name
	 * @param connectedNumber the connected line number
	 * @param accountcode the account code
	 * @param context the dialplan context
	 * @param exten the dialplan extension
	 * @param priority the dialplan priority
	 * @param language the channel language
	 * @param variables the channel variables
	 */
	public ChannelSpec {
		variables = Map.copyOf(variables);
	}

}
