package io.ariqueue.test.simulator.asterisk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The mutable state of one fake channel. Guarded by the {@link FakeAsterisk} lock.
 *
 * @author ari-queue
 */
final class FakeChannel {

	final String id;

	String name;

	final Instant creationTime;

	final Map<String, String> variables = new LinkedHashMap<>();

	final StringBuilder dtmfSent = new StringBuilder();

	String state;

	String callerName;

	String callerNumber;

	String connectedName;

	String connectedNumber;

	String accountcode;

	String language;

	String context;

	String exten;

	long priority;

	String appName = "";

	String appData = "";

	/** The Stasis application it is in, or {@code null}. */
	String stasisApp;

	/**
	 * The application subscribed to its events: the one it was originated into or last entered. It stays
	 * after {@code StasisEnd}, so that {@code ChannelDestroyed} still reaches that application.
	 */
	String application;

	/** The application it should enter when the far end answers (originate with {@code app}). */
	String pendingApp;

	String pendingAppArgs;

	String bridgeId;

	/** The channel it snoops on, or {@code null}. */
	String snoopOf;

	boolean destroyed;

	FakeChannel(String id, String name, Instant creationTime) {
		this.id = id;
		this.name = name;
		this.creationTime = creationTime;
	}

	boolean inStasis() {
		return this.stasisApp != null && !this.destroyed;
	}

	ObjectNode toJson() {
		ObjectNode json = AriJson.object();
		json.put("id", this.id);
		json.put("name", this.name);
		json.put("state", this.state);
		json.put("protocol_id", "");
		ObjectNode caller = json.putObject("caller");
		caller.put("name", this.callerName);
		caller.put("number", this.callerNumber);
		ObjectNode connected = json.putObject("connected");
		connected.put("name", this.connectedName);
		connected.put("number", this.connectedNumber);
		json.put("accountcode", this.accountcode);
		ObjectNode dialplan = json.putObject("dialplan");
		dialplan.put("context", this.context);
		dialplan.put("exten", this.exten);
		dialplan.put("priority", this.priority);
		dialplan.put("app_name", this.appName);
		dialplan.put("app_data", this.appData);
		json.put("creationtime", AriJson.asteriskTimestamp(this.creationTime));
		json.put("language", this.language);
		return json;
	}

	ChannelSnapshot snapshot() {
		return new ChannelSnapshot(this.id, this.name, this.state, inStasis(), this.destroyed, this.bridgeId,
				this.variables, this.dtmfSent.toString(), this.context, this.exten, this.priority);
	}

}
