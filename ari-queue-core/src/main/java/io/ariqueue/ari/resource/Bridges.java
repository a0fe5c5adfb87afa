package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * Bridges, which join channels so that they hear each other, with playback and recording on the whole bridge, with
 * every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncBridges}.
 */
public interface Bridges {

	/**
	 * List every active bridge.
	 * @return the {@link Bridge} list
	 */
	List<Bridge> list();

	/**
	 * Create a bridge.
	 * @param options the optional parameters, {@code new CreateOptions()} for none
	 * @return the {@link Bridge}
	 */
	Bridge create(CreateOptions options);

	/**
	 * Create a bridge.
	 * <p>
	 * The same as {@link #create(CreateOptions)} with no options.
	 * @return the {@link Bridge}
	 */
	default Bridge create() {
		return create(new CreateOptions());
	}

	/**
	 * Create a bridge with an id chosen by the caller, or change an existing one.
	 * @param bridgeId the id of the bridge to create or change
	 * @param options the optional parameters, {@code new CreateWithIdOptions()} for none
	 * @return the {@link Bridge}
	 */
	Bridge createWithId(String bridgeId, CreateWithIdOptions options);

	/**
	 * Create a bridge with an id chosen by the caller, or change an existing one.
	 * <p>
	 * The same as {@link #createWithId(String, CreateWithIdOptions)} with no options.
	 * @param bridgeId the id of the bridge to create or change
	 * @return the {@link Bridge}
	 */
	default Bridge createWithId(String bridgeId) {
		return createWithId(bridgeId, new CreateWithIdOptions());
	}

	/**
	 * Read a bridge's current state.
	 * @param bridgeId the bridge's id
	 * @return the {@link Bridge}
	 */
	Bridge get(String bridgeId);

	/**
	 * Destroy a bridge; the channels in it stay up.
	 * @param bridgeId the bridge's id
	 */
	void destroy(String bridgeId);

	/**
	 * Read a bridge variable or dialplan function.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return the {@link Variable}
	 */
	Variable getBridgeVar(String bridgeId, String variable);

	/**
	 * Set a bridge variable or dialplan function.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetBridgeVarOptions()} for none
	 */
	void setBridgeVar(String bridgeId, String variable, SetBridgeVarOptions options);

	/**
	 * Set a bridge variable or dialplan function.
	 * <p>
	 * The same as {@link #setBridgeVar(String, String, SetBridgeVarOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 */
	default void setBridgeVar(String bridgeId, String variable) {
		setBridgeVar(bridgeId, variable, new SetBridgeVarOptions());
	}

	/**
	 * Read several bridge variables or dialplan functions at once.
	 * @param bridgeId the bridge's id
	 * @param variables the names of the variables or functions to read
	 * @return the {@link Variables}
	 */
	Variables getBridgeVars(String bridgeId, List<String> variables);

	/**
	 * Read several bridge variables or dialplan functions at once.
	 * <p>
	 * The same as {@link #getBridgeVars(String, List)} with a single {@code variables}.
	 * @param bridgeId the bridge's id
	 * @param variables the names of the variables or functions to read (here a single value)
	 * @return the {@link Variables}
	 */
	default Variables getBridgeVars(String bridgeId, String variables) {
		return getBridgeVars(bridgeId, List.of(variables));
	}

	/**
	 * Set several bridge variables or dialplan functions at once.
	 * @param bridgeId the bridge's id
	 * @param variables bridge variables to set, name to value
	 */
	void setBridgeVars(String bridgeId, Map<String, String> variables);

	/**
	 * Put one or more channels into a bridge.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 * @param options the optional parameters, {@code new AddChannelOptions()} for none
	 */
	void addChannel(String bridgeId, List<String> channel, AddChannelOptions options);

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, AddChannelOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 */
	default void addChannel(String bridgeId, List<String> channel) {
		addChannel(bridgeId, channel, new AddChannelOptions());
	}

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, AddChannelOptions)} with a single {@code channel}.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 * @param options the optional parameters, {@code new AddChannelOptions()} for none
	 */
	default void addChannel(String bridgeId, String channel, AddChannelOptions options) {
		addChannel(bridgeId, List.of(channel), options);
	}

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, AddChannelOptions)} with a single {@code channel} and no options.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 */
	default void addChannel(String bridgeId, String channel) {
		addChannel(bridgeId, List.of(channel), new AddChannelOptions());
	}

	/**
	 * Take one or more channels out of a bridge.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 */
	void removeChannel(String bridgeId, List<String> channel);

	/**
	 * Take one or more channels out of a bridge.
	 * <p>
	 * The same as {@link #removeChannel(String, List)} with a single {@code channel}.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 */
	default void removeChannel(String bridgeId, String channel) {
		removeChannel(bridgeId, List.of(channel));
	}

	/**
	 * Make one channel the video source of a bridge.
	 * @param bridgeId the bridge's id
	 * @param channelId the id of the channel whose video the bridge shows
	 */
	void setVideoSource(String bridgeId, String channelId);

	/**
	 * Let the bridge choose its video source again, after {@code setVideoSource}.
	 * @param bridgeId the bridge's id
	 */
	void clearVideoSource(String bridgeId);

	/**
	 * Play music on hold into a bridge.
	 * @param bridgeId the bridge's id
	 * @param options the optional parameters, {@code new StartMohOptions()} for none
	 */
	void startMoh(String bridgeId, StartMohOptions options);

	/**
	 * Play music on hold into a bridge.
	 * <p>
	 * The same as {@link #startMoh(String, StartMohOptions)} with no options.
	 * @param bridgeId the bridge's id
	 */
	default void startMoh(String bridgeId) {
		startMoh(bridgeId, new StartMohOptions());
	}

	/**
	 * Stop music on hold in a bridge.
	 * @param bridgeId the bridge's id
	 */
	void stopMoh(String bridgeId);

	/**
	 * Start playing media into a bridge.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return the {@link Playback}
	 */
	Playback play(String bridgeId, List<String> media, PlayOptions options);

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return the {@link Playback}
	 */
	default Playback play(String bridgeId, List<String> media) {
		return play(bridgeId, media, new PlayOptions());
	}

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with a single {@code media}.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return the {@link Playback}
	 */
	default Playback play(String bridgeId, String media, PlayOptions options) {
		return play(bridgeId, List.of(media), options);
	}

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with a single {@code media} and no options.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return the {@link Playback}
	 */
	default Playback play(String bridgeId, String media) {
		return play(bridgeId, List.of(media), new PlayOptions());
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return the {@link Playback}
	 */
	Playback playWithId(String bridgeId, String playbackId, List<String> media, PlayWithIdOptions options);

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String bridgeId, String playbackId, List<String> media) {
		return playWithId(bridgeId, playbackId, media, new PlayWithIdOptions());
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with a single {@code media}.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String bridgeId, String playbackId, String media, PlayWithIdOptions options) {
		return playWithId(bridgeId, playbackId, List.of(media), options);
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with a single {@code media} and no
	 * options.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String bridgeId, String playbackId, String media) {
		return playWithId(bridgeId, playbackId, List.of(media), new PlayWithIdOptions());
	}

	/**
	 * Start recording a bridge.
	 * @param bridgeId the bridge's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @param options the optional parameters, {@code new RecordOptions()} for none
	 * @return the {@link LiveRecording}
	 */
	LiveRecording record(String bridgeId, String name, String format, RecordOptions options);

	/**
	 * Start recording a bridge.
	 * <p>
	 * The same as {@link #record(String, String, String, RecordOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @return the {@link LiveRecording}
	 */
	default LiveRecording record(String bridgeId, String name, String format) {
		return record(bridgeId, name, format, new RecordOptions());
	}

	/**
	 * Optional parameters of {@code create}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class CreateOptions {

		private final String type;

		private final String bridgeId;

		private final String name;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public CreateOptions() {
			this(null, null, null, null);
		}

		private CreateOptions(String type, String bridgeId, String name, Map<String, String> variables) {
			this.type = type;
			this.bridgeId = bridgeId;
			this.name = name;
			this.variables = variables;
		}

		/**
		 * Comma-separated bridge features, for example {@code mixing} or {@code holding,dtmf_events}.
		 * @param type the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code type} set
		 */
		public CreateOptions type(String type) {
			return new CreateOptions(type, this.bridgeId, this.name, this.variables);
		}

		/**
		 * The value set with {@link #type(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String type() {
			return this.type;
		}

		/**
		 * The id to give the bridge.
		 * @param bridgeId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code bridgeId} set
		 */
		public CreateOptions bridgeId(String bridgeId) {
			return new CreateOptions(this.type, bridgeId, this.name, this.variables);
		}

		/**
		 * The value set with {@link #bridgeId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String bridgeId() {
			return this.bridgeId;
		}

		/**
		 * A display name for the bridge.
		 * @param name the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code name} set
		 */
		public CreateOptions name(String name) {
			return new CreateOptions(this.type, this.bridgeId, name, this.variables);
		}

		/**
		 * The value set with {@link #name(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String name() {
			return this.name;
		}

		/**
		 * Bridge variables to set, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public CreateOptions variables(Map<String, String> variables) {
			return new CreateOptions(this.type, this.bridgeId, this.name, ResourceSupport.copyOf(variables));
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof CreateOptions that)) {
				return false;
			}
			return Objects.equals(this.type, that.type)
					&& Objects.equals(this.bridgeId, that.bridgeId)
					&& Objects.equals(this.name, that.name)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.type, this.bridgeId, this.name, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("CreateOptions", "type", this.type, "bridgeId", this.bridgeId, "name",
					this.name, "variables", this.variables);
		}

	}

	/**
	 * Optional parameters of {@code createWithId}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class CreateWithIdOptions {

		private final String type;

		private final String name;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public CreateWithIdOptions() {
			this(null, null, null);
		}

		private CreateWithIdOptions(String type, String name, Map<String, String> variables) {
			this.type = type;
			this.name = name;
			this.variables = variables;
		}

		/**
		 * Comma-separated bridge features, for example {@code mixing} or {@code holding,dtmf_events}.
		 * @param type the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code type} set
		 */
		public CreateWithIdOptions type(String type) {
			return new CreateWithIdOptions(type, this.name, this.variables);
		}

		/**
		 * The value set with {@link #type(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String type() {
			return this.type;
		}

		/**
		 * A display name for the bridge.
		 * @param name the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code name} set
		 */
		public CreateWithIdOptions name(String name) {
			return new CreateWithIdOptions(this.type, name, this.variables);
		}

		/**
		 * The value set with {@link #name(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String name() {
			return this.name;
		}

		/**
		 * Bridge variables to set, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public CreateWithIdOptions variables(Map<String, String> variables) {
			return new CreateWithIdOptions(this.type, this.name, ResourceSupport.copyOf(variables));
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof CreateWithIdOptions that)) {
				return false;
			}
			return Objects.equals(this.type, that.type)
					&& Objects.equals(this.name, that.name)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.type, this.name, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("CreateWithIdOptions", "type", this.type, "name", this.name, "variables",
					this.variables);
		}

	}

	/**
	 * Optional parameters of {@code setBridgeVar}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SetBridgeVarOptions {

		private final String value;

		private final Boolean reportEvents;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SetBridgeVarOptions() {
			this(null, null);
		}

		private SetBridgeVarOptions(String value, Boolean reportEvents) {
			this.value = value;
			this.reportEvents = reportEvents;
		}

		/**
		 * The value to set; leave it out to clear the variable.
		 * @param value the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code value} set
		 */
		public SetBridgeVarOptions value(String value) {
			return new SetBridgeVarOptions(value, this.reportEvents);
		}

		/**
		 * The value set with {@link #value(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String value() {
			return this.value;
		}

		/**
		 * Whether the variable's changes appear in events (Asterisk's default {@code false}).
		 * @param reportEvents the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code reportEvents} set
		 */
		public SetBridgeVarOptions reportEvents(Boolean reportEvents) {
			return new SetBridgeVarOptions(this.value, reportEvents);
		}

		/**
		 * The value set with {@link #reportEvents(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean reportEvents() {
			return this.reportEvents;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof SetBridgeVarOptions that)) {
				return false;
			}
			return Objects.equals(this.value, that.value)
					&& Objects.equals(this.reportEvents, that.reportEvents);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.value, this.reportEvents);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SetBridgeVarOptions", "value", this.value, "reportEvents",
					this.reportEvents);
		}

	}

	/**
	 * Optional parameters of {@code addChannel}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class AddChannelOptions {

		private final String role;

		private final Boolean absorbDTMF;

		private final Boolean mute;

		private final Boolean inhibitConnectedLineUpdates;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public AddChannelOptions() {
			this(null, null, null, null);
		}

		private AddChannelOptions(String role, Boolean absorbDTMF, Boolean mute, Boolean inhibitConnectedLineUpdates) {
			this.role = role;
			this.absorbDTMF = absorbDTMF;
			this.mute = mute;
			this.inhibitConnectedLineUpdates = inhibitConnectedLineUpdates;
		}

		/**
		 * The role of the channels in the bridge.
		 * @param role the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code role} set
		 */
		public AddChannelOptions role(String role) {
			return new AddChannelOptions(role, this.absorbDTMF, this.mute, this.inhibitConnectedLineUpdates);
		}

		/**
		 * The value set with {@link #role(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String role() {
			return this.role;
		}

		/**
		 * Whether to keep the channels' DTMF out of the bridge (Asterisk's default {@code false}).
		 * @param absorbDTMF the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code absorbDTMF} set
		 */
		public AddChannelOptions absorbDTMF(Boolean absorbDTMF) {
			return new AddChannelOptions(this.role, absorbDTMF, this.mute, this.inhibitConnectedLineUpdates);
		}

		/**
		 * The value set with {@link #absorbDTMF(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean absorbDTMF() {
			return this.absorbDTMF;
		}

		/**
		 * Whether to keep the channels' audio out of the bridge (Asterisk's default {@code false}).
		 * @param mute the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code mute} set
		 */
		public AddChannelOptions mute(Boolean mute) {
			return new AddChannelOptions(this.role, this.absorbDTMF, mute, this.inhibitConnectedLineUpdates);
		}

		/**
		 * The value set with {@link #mute(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean mute() {
			return this.mute;
		}

		/**
		 * Whether to hide the channels' identity from the other members (Asterisk's default {@code false}).
		 * @param inhibitConnectedLineUpdates the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code inhibitConnectedLineUpdates} set
		 */
		public AddChannelOptions inhibitConnectedLineUpdates(Boolean inhibitConnectedLineUpdates) {
			return new AddChannelOptions(this.role, this.absorbDTMF, this.mute, inhibitConnectedLineUpdates);
		}

		/**
		 * The value set with {@link #inhibitConnectedLineUpdates(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean inhibitConnectedLineUpdates() {
			return this.inhibitConnectedLineUpdates;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof AddChannelOptions that)) {
				return false;
			}
			return Objects.equals(this.role, that.role)
					&& Objects.equals(this.absorbDTMF, that.absorbDTMF)
					&& Objects.equals(this.mute, that.mute)
					&& Objects.equals(this.inhibitConnectedLineUpdates, that.inhibitConnectedLineUpdates);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.role, this.absorbDTMF, this.mute, this.inhibitConnectedLineUpdates);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("AddChannelOptions", "role", this.role, "absorbDTMF", this.absorbDTMF,
					"mute", this.mute, "inhibitConnectedLineUpdates", this.inhibitConnectedLineUpdates);
		}

	}

	/**
	 * Optional parameters of {@code startMoh}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class StartMohOptions {

		private final String mohClass;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public StartMohOptions() {
			this(null);
		}

		private StartMohOptions(String mohClass) {
			this.mohClass = mohClass;
		}

		/**
		 * The music-on-hold class.
		 * @param mohClass the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code mohClass} set
		 */
		public StartMohOptions mohClass(String mohClass) {
			return new StartMohOptions(mohClass);
		}

		/**
		 * The value set with {@link #mohClass(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String mohClass() {
			return this.mohClass;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof StartMohOptions that)) {
				return false;
			}
			return Objects.equals(this.mohClass, that.mohClass);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.mohClass);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("StartMohOptions", "mohClass", this.mohClass);
		}

	}

	/**
	 * Optional parameters of {@code play}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class PlayOptions {

		private final String announcerFormat;

		private final String lang;

		private final Integer offsetms;

		private final Integer skipms;

		private final String playbackId;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public PlayOptions() {
			this(null, null, null, null, null);
		}

		private PlayOptions(String announcerFormat, String lang, Integer offsetms, Integer skipms, String playbackId) {
			this.announcerFormat = announcerFormat;
			this.lang = lang;
			this.offsetms = offsetms;
			this.skipms = skipms;
			this.playbackId = playbackId;
		}

		/**
		 * Media format of the announcer channel that plays into the bridge.
		 * @param announcerFormat the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code announcerFormat} set
		 */
		public PlayOptions announcerFormat(String announcerFormat) {
			return new PlayOptions(announcerFormat, this.lang, this.offsetms, this.skipms, this.playbackId);
		}

		/**
		 * The value set with {@link #announcerFormat(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String announcerFormat() {
			return this.announcerFormat;
		}

		/**
		 * Language of the media, for sounds that exist in several languages.
		 * @param lang the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code lang} set
		 */
		public PlayOptions lang(String lang) {
			return new PlayOptions(this.announcerFormat, lang, this.offsetms, this.skipms, this.playbackId);
		}

		/**
		 * The value set with {@link #lang(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String lang() {
			return this.lang;
		}

		/**
		 * Milliseconds to skip at the start of the first media URI (Asterisk's default {@code 0}).
		 * @param offsetms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code offsetms} set
		 */
		public PlayOptions offsetms(Integer offsetms) {
			return new PlayOptions(this.announcerFormat, this.lang, offsetms, this.skipms, this.playbackId);
		}

		/**
		 * The value set with {@link #offsetms(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer offsetms() {
			return this.offsetms;
		}

		/**
		 * Milliseconds a forward or reverse control moves by (Asterisk's default {@code 3000}).
		 * @param skipms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code skipms} set
		 */
		public PlayOptions skipms(Integer skipms) {
			return new PlayOptions(this.announcerFormat, this.lang, this.offsetms, skipms, this.playbackId);
		}

		/**
		 * The value set with {@link #skipms(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer skipms() {
			return this.skipms;
		}

		/**
		 * The id to give the playback.
		 * @param playbackId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code playbackId} set
		 */
		public PlayOptions playbackId(String playbackId) {
			return new PlayOptions(this.announcerFormat, this.lang, this.offsetms, this.skipms, playbackId);
		}

		/**
		 * The value set with {@link #playbackId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String playbackId() {
			return this.playbackId;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof PlayOptions that)) {
				return false;
			}
			return Objects.equals(this.announcerFormat, that.announcerFormat)
					&& Objects.equals(this.lang, that.lang)
					&& Objects.equals(this.offsetms, that.offsetms)
					&& Objects.equals(this.skipms, that.skipms)
					&& Objects.equals(this.playbackId, that.playbackId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.announcerFormat, this.lang, this.offsetms, this.skipms, this.playbackId);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("PlayOptions", "announcerFormat", this.announcerFormat, "lang", this.lang,
					"offsetms", this.offsetms, "skipms", this.skipms, "playbackId", this.playbackId);
		}

	}

	/**
	 * Optional parameters of {@code playWithId}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class PlayWithIdOptions {

		private final String announcerFormat;

		private final String lang;

		private final Integer offsetms;

		private final Integer skipms;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public PlayWithIdOptions() {
			this(null, null, null, null);
		}

		private PlayWithIdOptions(String announcerFormat, String lang, Integer offsetms, Integer skipms) {
			this.announcerFormat = announcerFormat;
			this.lang = lang;
			this.offsetms = offsetms;
			this.skipms = skipms;
		}

		/**
		 * Media format of the announcer channel that plays into the bridge.
		 * @param announcerFormat the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code announcerFormat} set
		 */
		public PlayWithIdOptions announcerFormat(String announcerFormat) {
			return new PlayWithIdOptions(announcerFormat, this.lang, this.offsetms, this.skipms);
		}

		/**
		 * The value set with {@link #announcerFormat(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String announcerFormat() {
			return this.announcerFormat;
		}

		/**
		 * Language of the media, for sounds that exist in several languages.
		 * @param lang the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code lang} set
		 */
		public PlayWithIdOptions lang(String lang) {
			return new PlayWithIdOptions(this.announcerFormat, lang, this.offsetms, this.skipms);
		}

		/**
		 * The value set with {@link #lang(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String lang() {
			return this.lang;
		}

		/**
		 * Milliseconds to skip at the start of the first media URI (Asterisk's default {@code 0}).
		 * @param offsetms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code offsetms} set
		 */
		public PlayWithIdOptions offsetms(Integer offsetms) {
			return new PlayWithIdOptions(this.announcerFormat, this.lang, offsetms, this.skipms);
		}

		/**
		 * The value set with {@link #offsetms(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer offsetms() {
			return this.offsetms;
		}

		/**
		 * Milliseconds a forward or reverse control moves by (Asterisk's default {@code 3000}).
		 * @param skipms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code skipms} set
		 */
		public PlayWithIdOptions skipms(Integer skipms) {
			return new PlayWithIdOptions(this.announcerFormat, this.lang, this.offsetms, skipms);
		}

		/**
		 * The value set with {@link #skipms(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer skipms() {
			return this.skipms;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof PlayWithIdOptions that)) {
				return false;
			}
			return Objects.equals(this.announcerFormat, that.announcerFormat)
					&& Objects.equals(this.lang, that.lang)
					&& Objects.equals(this.offsetms, that.offsetms)
					&& Objects.equals(this.skipms, that.skipms);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.announcerFormat, this.lang, this.offsetms, this.skipms);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("PlayWithIdOptions", "announcerFormat", this.announcerFormat, "lang",
					this.lang, "offsetms", this.offsetms, "skipms", this.skipms);
		}

	}

	/**
	 * Optional parameters of {@code record}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class RecordOptions {

		private final String recorderFormat;

		private final Integer maxDurationSeconds;

		private final Integer maxSilenceSeconds;

		private final String ifExists;

		private final Boolean beep;

		private final String terminateOn;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public RecordOptions() {
			this(null, null, null, null, null, null);
		}

		private RecordOptions(String recorderFormat, Integer maxDurationSeconds, Integer maxSilenceSeconds,
				String ifExists, Boolean beep, String terminateOn) {
			this.recorderFormat = recorderFormat;
			this.maxDurationSeconds = maxDurationSeconds;
			this.maxSilenceSeconds = maxSilenceSeconds;
			this.ifExists = ifExists;
			this.beep = beep;
			this.terminateOn = terminateOn;
		}

		/**
		 * Media format of the recorder channel that joins the bridge.
		 * @param recorderFormat the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code recorderFormat} set
		 */
		public RecordOptions recorderFormat(String recorderFormat) {
			return new RecordOptions(recorderFormat, this.maxDurationSeconds, this.maxSilenceSeconds, this.ifExists,
					this.beep, this.terminateOn);
		}

		/**
		 * The value set with {@link #recorderFormat(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String recorderFormat() {
			return this.recorderFormat;
		}

		/**
		 * The longest the recording may last, in seconds; 0 for no limit (Asterisk's default {@code 0}).
		 * @param maxDurationSeconds the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code maxDurationSeconds} set
		 */
		public RecordOptions maxDurationSeconds(Integer maxDurationSeconds) {
			return new RecordOptions(this.recorderFormat, maxDurationSeconds, this.maxSilenceSeconds, this.ifExists,
					this.beep, this.terminateOn);
		}

		/**
		 * The value set with {@link #maxDurationSeconds(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer maxDurationSeconds() {
			return this.maxDurationSeconds;
		}

		/**
		 * The longest silence before the recording stops, in seconds; 0 for no limit (Asterisk's default {@code 0}).
		 * @param maxSilenceSeconds the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code maxSilenceSeconds} set
		 */
		public RecordOptions maxSilenceSeconds(Integer maxSilenceSeconds) {
			return new RecordOptions(this.recorderFormat, this.maxDurationSeconds, maxSilenceSeconds, this.ifExists,
					this.beep, this.terminateOn);
		}

		/**
		 * The value set with {@link #maxSilenceSeconds(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer maxSilenceSeconds() {
			return this.maxSilenceSeconds;
		}

		/**
		 * What to do when a recording of that name already exists (one of {@code fail}, {@code overwrite},
		 * {@code append}; Asterisk's default {@code fail}).
		 * @param ifExists the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code ifExists} set
		 */
		public RecordOptions ifExists(String ifExists) {
			return new RecordOptions(this.recorderFormat, this.maxDurationSeconds, this.maxSilenceSeconds, ifExists,
					this.beep, this.terminateOn);
		}

		/**
		 * The value set with {@link #ifExists(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String ifExists() {
			return this.ifExists;
		}

		/**
		 * Whether to play a beep when recording starts (Asterisk's default {@code false}).
		 * @param beep the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code beep} set
		 */
		public RecordOptions beep(Boolean beep) {
			return new RecordOptions(this.recorderFormat, this.maxDurationSeconds, this.maxSilenceSeconds,
					this.ifExists, beep, this.terminateOn);
		}

		/**
		 * The value set with {@link #beep(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean beep() {
			return this.beep;
		}

		/**
		 * The DTMF digit that stops the recording (one of {@code none}, {@code any}, {@code *}, {@code #}; Asterisk's
		 * default {@code none}).
		 * @param terminateOn the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code terminateOn} set
		 */
		public RecordOptions terminateOn(String terminateOn) {
			return new RecordOptions(this.recorderFormat, this.maxDurationSeconds, this.maxSilenceSeconds,
					this.ifExists, this.beep, terminateOn);
		}

		/**
		 * The value set with {@link #terminateOn(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String terminateOn() {
			return this.terminateOn;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof RecordOptions that)) {
				return false;
			}
			return Objects.equals(this.recorderFormat, that.recorderFormat)
					&& Objects.equals(this.maxDurationSeconds, that.maxDurationSeconds)
					&& Objects.equals(this.maxSilenceSeconds, that.maxSilenceSeconds)
					&& Objects.equals(this.ifExists, that.ifExists)
					&& Objects.equals(this.beep, that.beep)
					&& Objects.equals(this.terminateOn, that.terminateOn);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.recorderFormat, this.maxDurationSeconds, this.maxSilenceSeconds, this.ifExists,
					this.beep, this.terminateOn);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("RecordOptions", "recorderFormat", this.recorderFormat,
					"maxDurationSeconds", this.maxDurationSeconds, "maxSilenceSeconds", this.maxSilenceSeconds,
					"ifExists", this.ifExists, "beep", this.beep, "terminateOn", this.terminateOn);
		}

	}

}
