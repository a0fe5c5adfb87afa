package io.ariqueue.test.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ariqueue.test.simulator.asterisk.ChannelSpec;

/**
 * Describes an incoming call for {@link ProxySimulator#placeCall(java.util.function.Consumer)} and
 * {@code AriServerDouble#placeCall(String, Consumer)}. Every setting has a sensible default: a ringing
 * PJSIP channel from caller {@code 100}, no arguments.
 *
 * @author ari-queue
 */
public final class CallSpec {

	private String channelId;

	private String channelName;

	private String state = "Ring";

	private final List<String> args = new ArrayList<>();

	private String callerName = "";

	private String callerNumber = "100";

	private String connectedName = "";

	private String connectedNumber = "";

	private String context = "default";

	private String exten = "s";

	private long priority = 1;

	private String language = "en";

	private String dialogueId;

	private final Map<String, String> variables = new LinkedHashMap<>();

	/**
	 * Create a spec with the defaults.
	 */
	public CallSpec() {
	}

	/**
	 * Use this channel id instead of an Asterisk-style {@code <epoch>.<n>} one.
	 * @param channelId the id
	 * @return this spec
	 */
	public CallSpec channelId(String channelId) {
		this.channelId = channelId;
		return this;
	}

	/**
	 * Use this channel name instead of {@code PJSIP/<caller number>-0000000n}.
	 * @param channelName the name
	 * @return this spec
	 */
	public CallSpec channelName(String channelName) {
		this.channelName = channelName;
		return this;
	}

	/**
	 * The channel state in {@code StasisStart}: {@code Ring} (default) or {@code Up} for a call answered
	 * in the dialplan.
	 * @param state the state
	 * @return this spec
	 */
	public CallSpec state(String state) {
		this.state = state;
		return this;
	}

	/**
	 * The Stasis application arguments, {@code Stasis(app,arg1,arg2)}.
	 * @param args the arguments
	 * @return this spec
	 */
	public CallSpec args(String... args) {
		this.args.clear();
		this.args.addAll(Arrays.asList(args));
		return this;
	}

	/**
	 * The caller id number.
	 * @param number the number
	 * @return this spec
	 */
	public CallSpec callerNumber(String number) {
		this.callerNumber = number;
		return this;
	}

	/**
	 * The caller id name.
	 * @param name the name
	 * @return this spec
	 */
	public CallSpec callerName(String name) {
		this.callerName = name;
		return this;
	}

	/**
	 * The connected line.
	 * @param name the name
	 * @param number the number
	 * @return this spec
	 */
	public CallSpec connected(String name, String number) {
		this.connectedName = name;
		this.connectedNumber = number;
		return this;
	}

	/**
	 * Where the call was in the dialplan when it entered Stasis.
	 * @param context the context
	 * @param exten the extension
	 * @param priority the priority
	 * @return this spec
	 */
	public CallSpec dialplan(String context, String exten, long priority) {
		this.context = context;
		this.exten = exten;
		this.priority = priority;
		return this;
	}

	/**
	 * The channel language.
	 * @param language the language
	 * @return this spec
	 */
	public CallSpec language(String language) {
		this.language = language;
		return this;
	}

	/**
	 * A channel variable the call starts with.
	 * @param name the variable
	 * @param value the value
	 * @return this spec
	 */
	public CallSpec variable(String name, String value) {
		this.variables.put(name, value);
		return this;
	}

	/**
	 * Use this dialogue id instead of a random one (e.g. to provoke a clash with queues that already exist).
	 * Only the {@link ProxySimulator} has dialogues; the ARI server double ignores it.
	 * @param dialogueId the dialogue id
	 * @return this spec
	 */
	public CallSpec dialogueId(String dialogueId) {
		this.dialogueId = dialogueId;
		return this;
	}

	/**
	 * The Stasis application arguments.
	 * @return the arguments
	 */
	public List<String> args() {
		return List.copyOf(this.args);
	}

	String dialogueId() {
		return this.dialogueId;
	}

	/**
	 * The channel the fake Asterisk creates for this call.
	 * @return the channel spec
	 */
	public ChannelSpec toChannelSpec() {
		return new ChannelSpec(this.channelId, this.channelName, this.state, this.callerName, this.callerNumber,
				this.connectedName, this.connectedNumber, "", this.context, this.exten, this.priority, this.language,
				this.variables);
	}

}
