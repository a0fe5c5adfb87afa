package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.RTPstat;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * Channels: originating, answering, playing, recording, moving and hanging up calls, with every call blocking until
 * Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncChannels}.
 */
public interface Channels {

	/**
	 * List every active channel.
	 * @return the {@link Channel} list
	 */
	List<Channel> list();

	/**
	 * Place a call to an endpoint, into the dialplan or into a Stasis application, and return the new channel at once.
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @param options the optional parameters, {@code new OriginateOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel originate(String endpoint, OriginateOptions options);

	/**
	 * Place a call to an endpoint, into the dialplan or into a Stasis application, and return the new channel at once.
	 * <p>
	 * The same as {@link #originate(String, OriginateOptions)} with no options.
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @return the {@link Channel}
	 */
	default Channel originate(String endpoint) {
		return originate(endpoint, new OriginateOptions());
	}

	/**
	 * Create a channel in a Stasis application without dialing it; {@code dial} starts the call.
	 * @param endpoint the endpoint the channel will call, for example {@code PJSIP/alice}
	 * @param app the Stasis application to put the channel into
	 * @param options the optional parameters, {@code new CreateOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel create(String endpoint, String app, CreateOptions options);

	/**
	 * Create a channel in a Stasis application without dialing it; {@code dial} starts the call.
	 * <p>
	 * The same as {@link #create(String, String, CreateOptions)} with no options.
	 * @param endpoint the endpoint the channel will call, for example {@code PJSIP/alice}
	 * @param app the Stasis application to put the channel into
	 * @return the {@link Channel}
	 */
	default Channel create(String endpoint, String app) {
		return create(endpoint, app, new CreateOptions());
	}

	/**
	 * Read a channel's current state.
	 * @param channelId the channel's id
	 * @return the {@link Channel}
	 */
	Channel get(String channelId);

	/**
	 * Like {@code originate}, with the id of the new channel chosen by the caller.
	 * @param channelId the id to give the new channel
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @param options the optional parameters, {@code new OriginateWithIdOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel originateWithId(String channelId, String endpoint, OriginateWithIdOptions options);

	/**
	 * Like {@code originate}, with the id of the new channel chosen by the caller.
	 * <p>
	 * The same as {@link #originateWithId(String, String, OriginateWithIdOptions)} with no options.
	 * @param channelId the id to give the new channel
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @return the {@link Channel}
	 */
	default Channel originateWithId(String channelId, String endpoint) {
		return originateWithId(channelId, endpoint, new OriginateWithIdOptions());
	}

	/**
	 * Hang up a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new HangupOptions()} for none
	 */
	void hangup(String channelId, HangupOptions options);

	/**
	 * Hang up a channel.
	 * <p>
	 * The same as {@link #hangup(String, HangupOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void hangup(String channelId) {
		hangup(channelId, new HangupOptions());
	}

	/**
	 * Take a channel out of the Stasis application and let it go on in the dialplan.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new ContinueInDialplanOptions()} for none
	 */
	void continueInDialplan(String channelId, ContinueInDialplanOptions options);

	/**
	 * Take a channel out of the Stasis application and let it go on in the dialplan.
	 * <p>
	 * The same as {@link #continueInDialplan(String, ContinueInDialplanOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void continueInDialplan(String channelId) {
		continueInDialplan(channelId, new ContinueInDialplanOptions());
	}

	/**
	 * Hand a channel over to another Stasis application.
	 * @param channelId the channel's id
	 * @param app the Stasis application that takes the channel
	 * @param options the optional parameters, {@code new MoveOptions()} for none
	 */
	void move(String channelId, String app, MoveOptions options);

	/**
	 * Hand a channel over to another Stasis application.
	 * <p>
	 * The same as {@link #move(String, String, MoveOptions)} with no options.
	 * @param channelId the channel's id
	 * @param app the Stasis application that takes the channel
	 */
	default void move(String channelId, String app) {
		move(channelId, app, new MoveOptions());
	}

	/**
	 * Redirect a ringing or answered channel to another endpoint, through the channel technology.
	 * @param channelId the channel's id
	 * @param endpoint where to redirect the channel, for example {@code PJSIP/bob}
	 */
	void redirect(String channelId, String endpoint);

	/**
	 * Answer a channel.
	 * @param channelId the channel's id
	 */
	void answer(String channelId);

	/**
	 * Send ringing to a channel.
	 * @param channelId the channel's id
	 */
	void ring(String channelId);

	/**
	 * Stop sending ringing to a channel.
	 * @param channelId the channel's id
	 */
	void ringStop(String channelId);

	/**
	 * Signal call progress (early media) on a channel.
	 * @param channelId the channel's id
	 */
	void progress(String channelId);

	/**
	 * Send DTMF digits on a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new SendDTMFOptions()} for none
	 */
	void sendDTMF(String channelId, SendDTMFOptions options);

	/**
	 * Send DTMF digits on a channel.
	 * <p>
	 * The same as {@link #sendDTMF(String, SendDTMFOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void sendDTMF(String channelId) {
		sendDTMF(channelId, new SendDTMFOptions());
	}

	/**
	 * Mute a channel's audio.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new MuteOptions()} for none
	 */
	void mute(String channelId, MuteOptions options);

	/**
	 * Mute a channel's audio.
	 * <p>
	 * The same as {@link #mute(String, MuteOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void mute(String channelId) {
		mute(channelId, new MuteOptions());
	}

	/**
	 * Unmute a channel's audio.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new UnmuteOptions()} for none
	 */
	void unmute(String channelId, UnmuteOptions options);

	/**
	 * Unmute a channel's audio.
	 * <p>
	 * The same as {@link #unmute(String, UnmuteOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void unmute(String channelId) {
		unmute(channelId, new UnmuteOptions());
	}

	/**
	 * Put a channel on hold.
	 * @param channelId the channel's id
	 */
	void hold(String channelId);

	/**
	 * Take a channel off hold.
	 * @param channelId the channel's id
	 */
	void unhold(String channelId);

	/**
	 * Play music on hold to a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new StartMohOptions()} for none
	 */
	void startMoh(String channelId, StartMohOptions options);

	/**
	 * Play music on hold to a channel.
	 * <p>
	 * The same as {@link #startMoh(String, StartMohOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void startMoh(String channelId) {
		startMoh(channelId, new StartMohOptions());
	}

	/**
	 * Stop music on hold on a channel.
	 * @param channelId the channel's id
	 */
	void stopMoh(String channelId);

	/**
	 * Play silence to a channel.
	 * @param channelId the channel's id
	 */
	void startSilence(String channelId);

	/**
	 * Stop playing silence to a channel.
	 * @param channelId the channel's id
	 */
	void stopSilence(String channelId);

	/**
	 * Start playing media to a channel.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return the {@link Playback}
	 */
	Playback play(String channelId, List<String> media, PlayOptions options);

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with no options.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return the {@link Playback}
	 */
	default Playback play(String channelId, List<String> media) {
		return play(channelId, media, new PlayOptions());
	}

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with a single {@code media}.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return the {@link Playback}
	 */
	default Playback play(String channelId, String media, PlayOptions options) {
		return play(channelId, List.of(media), options);
	}

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, PlayOptions)} with a single {@code media} and no options.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return the {@link Playback}
	 */
	default Playback play(String channelId, String media) {
		return play(channelId, List.of(media), new PlayOptions());
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return the {@link Playback}
	 */
	Playback playWithId(String channelId, String playbackId, List<String> media, PlayWithIdOptions options);

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with no options.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String channelId, String playbackId, List<String> media) {
		return playWithId(channelId, playbackId, media, new PlayWithIdOptions());
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with a single {@code media}.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String channelId, String playbackId, String media, PlayWithIdOptions options) {
		return playWithId(channelId, playbackId, List.of(media), options);
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, PlayWithIdOptions)} with a single {@code media} and no
	 * options.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return the {@link Playback}
	 */
	default Playback playWithId(String channelId, String playbackId, String media) {
		return playWithId(channelId, playbackId, List.of(media), new PlayWithIdOptions());
	}

	/**
	 * Start recording a channel.
	 * @param channelId the channel's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @param options the optional parameters, {@code new RecordOptions()} for none
	 * @return the {@link LiveRecording}
	 */
	LiveRecording record(String channelId, String name, String format, RecordOptions options);

	/**
	 * Start recording a channel.
	 * <p>
	 * The same as {@link #record(String, String, String, RecordOptions)} with no options.
	 * @param channelId the channel's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @return the {@link LiveRecording}
	 */
	default LiveRecording record(String channelId, String name, String format) {
		return record(channelId, name, format, new RecordOptions());
	}

	/**
	 * Read a channel variable or dialplan function.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return the {@link Variable}
	 */
	Variable getChannelVar(String channelId, String variable);

	/**
	 * Set a channel variable or dialplan function.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetChannelVarOptions()} for none
	 */
	void setChannelVar(String channelId, String variable, SetChannelVarOptions options);

	/**
	 * Set a channel variable or dialplan function.
	 * <p>
	 * The same as {@link #setChannelVar(String, String, SetChannelVarOptions)} with no options.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 */
	default void setChannelVar(String channelId, String variable) {
		setChannelVar(channelId, variable, new SetChannelVarOptions());
	}

	/**
	 * Read several channel variables or dialplan functions at once.
	 * @param channelId the channel's id
	 * @param variables the names of the variables or functions to read
	 * @return the {@link Variables}
	 */
	Variables getChannelVars(String channelId, List<String> variables);

	/**
	 * Read several channel variables or dialplan functions at once.
	 * <p>
	 * The same as {@link #getChannelVars(String, List)} with a single {@code variables}.
	 * @param channelId the channel's id
	 * @param variables the names of the variables or functions to read (here a single value)
	 * @return the {@link Variables}
	 */
	default Variables getChannelVars(String channelId, String variables) {
		return getChannelVars(channelId, List.of(variables));
	}

	/**
	 * Set several channel variables or dialplan functions at once.
	 * @param channelId the channel's id
	 * @param variables variables to set, name to value
	 */
	void setChannelVars(String channelId, Map<String, String> variables);

	/**
	 * Create a channel that listens to, or speaks into, another channel.
	 * @param channelId the channel's id
	 * @param app the Stasis application the snoop channel enters
	 * @param options the optional parameters, {@code new SnoopChannelOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel snoopChannel(String channelId, String app, SnoopChannelOptions options);

	/**
	 * Create a channel that listens to, or speaks into, another channel.
	 * <p>
	 * The same as {@link #snoopChannel(String, String, SnoopChannelOptions)} with no options.
	 * @param channelId the channel's id
	 * @param app the Stasis application the snoop channel enters
	 * @return the {@link Channel}
	 */
	default Channel snoopChannel(String channelId, String app) {
		return snoopChannel(channelId, app, new SnoopChannelOptions());
	}

	/**
	 * Like {@code snoopChannel}, with the id of the snoop channel chosen by the caller.
	 * @param channelId the channel's id
	 * @param snoopId the id to give the snoop channel
	 * @param app the Stasis application the snoop channel enters
	 * @param options the optional parameters, {@code new SnoopChannelWithIdOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel snoopChannelWithId(String channelId, String snoopId, String app, SnoopChannelWithIdOptions options);

	/**
	 * Like {@code snoopChannel}, with the id of the snoop channel chosen by the caller.
	 * <p>
	 * The same as {@link #snoopChannelWithId(String, String, String, SnoopChannelWithIdOptions)} with no options.
	 * @param channelId the channel's id
	 * @param snoopId the id to give the snoop channel
	 * @param app the Stasis application the snoop channel enters
	 * @return the {@link Channel}
	 */
	default Channel snoopChannelWithId(String channelId, String snoopId, String app) {
		return snoopChannelWithId(channelId, snoopId, app, new SnoopChannelWithIdOptions());
	}

	/**
	 * Dial a channel made with {@code create}.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new DialOptions()} for none
	 */
	void dial(String channelId, DialOptions options);

	/**
	 * Dial a channel made with {@code create}.
	 * <p>
	 * The same as {@link #dial(String, DialOptions)} with no options.
	 * @param channelId the channel's id
	 */
	default void dial(String channelId) {
		dial(channelId, new DialOptions());
	}

	/**
	 * Read the RTP statistics of a channel.
	 * @param channelId the channel's id
	 * @return the {@link RTPstat}
	 */
	RTPstat rtpstatistics(String channelId);

	/**
	 * Create a channel that streams the call's audio to or from an external media server.
	 * @param app the Stasis application the new channel enters
	 * @param format the audio format, for example {@code ulaw}
	 * @param options the optional parameters, {@code new ExternalMediaOptions()} for none
	 * @return the {@link Channel}
	 */
	Channel externalMedia(String app, String format, ExternalMediaOptions options);

	/**
	 * Create a channel that streams the call's audio to or from an external media server.
	 * <p>
	 * The same as {@link #externalMedia(String, String, ExternalMediaOptions)} with no options.
	 * @param app the Stasis application the new channel enters
	 * @param format the audio format, for example {@code ulaw}
	 * @return the {@link Channel}
	 */
	default Channel externalMedia(String app, String format) {
		return externalMedia(app, format, new ExternalMediaOptions());
	}

	/**
	 * Report the progress of a transfer on a channel.
	 * @param channelId the channel's id
	 * @param states the transfer state to report
	 */
	void transferProgress(String channelId, String states);

	/**
	 * Optional parameters of {@code originate}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class OriginateOptions {

		private final String extension;

		private final String context;

		private final Long priority;

		private final String label;

		private final String app;

		private final String appArgs;

		private final String callerId;

		private final Integer timeout;

		private final Map<String, String> variables;

		private final String channelId;

		private final String otherChannelId;

		private final String originator;

		private final String formats;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public OriginateOptions() {
			this(null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

		private OriginateOptions(String extension, String context, Long priority, String label, String app,
				String appArgs, String callerId, Integer timeout, Map<String, String> variables, String channelId,
				String otherChannelId, String originator, String formats) {
			this.extension = extension;
			this.context = context;
			this.priority = priority;
			this.label = label;
			this.app = app;
			this.appArgs = appArgs;
			this.callerId = callerId;
			this.timeout = timeout;
			this.variables = variables;
			this.channelId = channelId;
			this.otherChannelId = otherChannelId;
			this.originator = originator;
			this.formats = formats;
		}

		/**
		 * Dialplan extension to go to once the endpoint answers.
		 * @param extension the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code extension} set
		 */
		public OriginateOptions extension(String extension) {
			return new OriginateOptions(extension, this.context, this.priority, this.label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #extension(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String extension() {
			return this.extension;
		}

		/**
		 * Dialplan context to go to once the endpoint answers.
		 * @param context the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code context} set
		 */
		public OriginateOptions context(String context) {
			return new OriginateOptions(this.extension, context, this.priority, this.label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #context(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String context() {
			return this.context;
		}

		/**
		 * Dialplan priority to go to once the endpoint answers.
		 * @param priority the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code priority} set
		 */
		public OriginateOptions priority(Long priority) {
			return new OriginateOptions(this.extension, this.context, priority, this.label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #priority(Long)}.
		 * @return the value, or {@code null} if not set
		 */
		public Long priority() {
			return this.priority;
		}

		/**
		 * Dialplan label to go to once the endpoint answers; takes precedence over the priority.
		 * @param label the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code label} set
		 */
		public OriginateOptions label(String label) {
			return new OriginateOptions(this.extension, this.context, this.priority, label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #label(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String label() {
			return this.label;
		}

		/**
		 * The Stasis application the channel enters when answered, instead of the dialplan.
		 * @param app the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code app} set
		 */
		public OriginateOptions app(String app) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #app(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String app() {
			return this.app;
		}

		/**
		 * Arguments for that Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public OriginateOptions appArgs(String appArgs) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app, appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		/**
		 * Caller id to present, for example {@code "Alice" <100>}.
		 * @param callerId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code callerId} set
		 */
		public OriginateOptions callerId(String callerId) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, callerId, this.timeout, this.variables, this.channelId, this.otherChannelId,
					this.originator, this.formats);
		}

		/**
		 * The value set with {@link #callerId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String callerId() {
			return this.callerId;
		}

		/**
		 * Seconds to wait for an answer; -1 waits for ever (Asterisk's default {@code 30}).
		 * @param timeout the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code timeout} set
		 */
		public OriginateOptions timeout(Integer timeout) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, timeout, this.variables, this.channelId, this.otherChannelId,
					this.originator, this.formats);
		}

		/**
		 * The value set with {@link #timeout(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer timeout() {
			return this.timeout;
		}

		/**
		 * Channel variables to set on the new channel, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public OriginateOptions variables(Map<String, String> variables) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, ResourceSupport.copyOf(variables), this.channelId,
					this.otherChannelId, this.originator, this.formats);
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		/**
		 * The id to give the new channel.
		 * @param channelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code channelId} set
		 */
		public OriginateOptions channelId(String channelId) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, channelId, this.otherChannelId,
					this.originator, this.formats);
		}

		/**
		 * The value set with {@link #channelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String channelId() {
			return this.channelId;
		}

		/**
		 * The id to give the second channel of a Local channel pair.
		 * @param otherChannelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code otherChannelId} set
		 */
		public OriginateOptions otherChannelId(String otherChannelId) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.channelId, otherChannelId,
					this.originator, this.formats);
		}

		/**
		 * The value set with {@link #otherChannelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String otherChannelId() {
			return this.otherChannelId;
		}

		/**
		 * The id of the channel that is originating this one.
		 * @param originator the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code originator} set
		 */
		public OriginateOptions originator(String originator) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId,
					originator, this.formats);
		}

		/**
		 * The value set with {@link #originator(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String originator() {
			return this.originator;
		}

		/**
		 * Comma-separated codecs to offer when there is no originator, for example {@code ulaw,slin16}.
		 * @param formats the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code formats} set
		 */
		public OriginateOptions formats(String formats) {
			return new OriginateOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId,
					this.originator, formats);
		}

		/**
		 * The value set with {@link #formats(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String formats() {
			return this.formats;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof OriginateOptions that)) {
				return false;
			}
			return Objects.equals(this.extension, that.extension)
					&& Objects.equals(this.context, that.context)
					&& Objects.equals(this.priority, that.priority)
					&& Objects.equals(this.label, that.label)
					&& Objects.equals(this.app, that.app)
					&& Objects.equals(this.appArgs, that.appArgs)
					&& Objects.equals(this.callerId, that.callerId)
					&& Objects.equals(this.timeout, that.timeout)
					&& Objects.equals(this.variables, that.variables)
					&& Objects.equals(this.channelId, that.channelId)
					&& Objects.equals(this.otherChannelId, that.otherChannelId)
					&& Objects.equals(this.originator, that.originator)
					&& Objects.equals(this.formats, that.formats);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.extension, this.context, this.priority, this.label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.channelId, this.otherChannelId, this.originator,
					this.formats);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("OriginateOptions", "extension", this.extension, "context", this.context,
					"priority", this.priority, "label", this.label, "app", this.app, "appArgs", this.appArgs,
					"callerId", this.callerId, "timeout", this.timeout, "variables", this.variables, "channelId",
					this.channelId, "otherChannelId", this.otherChannelId, "originator", this.originator, "formats",
					this.formats);
		}

	}

	/**
	 * Optional parameters of {@code create}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class CreateOptions {

		private final String appArgs;

		private final String channelId;

		private final String otherChannelId;

		private final String originator;

		private final String formats;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public CreateOptions() {
			this(null, null, null, null, null, null);
		}

		private CreateOptions(String appArgs, String channelId, String otherChannelId, String originator,
				String formats, Map<String, String> variables) {
			this.appArgs = appArgs;
			this.channelId = channelId;
			this.otherChannelId = otherChannelId;
			this.originator = originator;
			this.formats = formats;
			this.variables = variables;
		}

		/**
		 * Arguments for the Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public CreateOptions appArgs(String appArgs) {
			return new CreateOptions(appArgs, this.channelId, this.otherChannelId, this.originator, this.formats,
					this.variables);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		/**
		 * The id to give the new channel.
		 * @param channelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code channelId} set
		 */
		public CreateOptions channelId(String channelId) {
			return new CreateOptions(this.appArgs, channelId, this.otherChannelId, this.originator, this.formats,
					this.variables);
		}

		/**
		 * The value set with {@link #channelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String channelId() {
			return this.channelId;
		}

		/**
		 * The id to give the second channel of a Local channel pair.
		 * @param otherChannelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code otherChannelId} set
		 */
		public CreateOptions otherChannelId(String otherChannelId) {
			return new CreateOptions(this.appArgs, this.channelId, otherChannelId, this.originator, this.formats,
					this.variables);
		}

		/**
		 * The value set with {@link #otherChannelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String otherChannelId() {
			return this.otherChannelId;
		}

		/**
		 * The id of the channel that is originating this one.
		 * @param originator the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code originator} set
		 */
		public CreateOptions originator(String originator) {
			return new CreateOptions(this.appArgs, this.channelId, this.otherChannelId, originator, this.formats,
					this.variables);
		}

		/**
		 * The value set with {@link #originator(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String originator() {
			return this.originator;
		}

		/**
		 * Comma-separated codecs to offer when there is no originator, for example {@code ulaw,slin16}.
		 * @param formats the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code formats} set
		 */
		public CreateOptions formats(String formats) {
			return new CreateOptions(this.appArgs, this.channelId, this.otherChannelId, this.originator, formats,
					this.variables);
		}

		/**
		 * The value set with {@link #formats(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String formats() {
			return this.formats;
		}

		/**
		 * Channel variables to set on the new channel, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public CreateOptions variables(Map<String, String> variables) {
			return new CreateOptions(this.appArgs, this.channelId, this.otherChannelId, this.originator, this.formats,
					ResourceSupport.copyOf(variables));
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
			return Objects.equals(this.appArgs, that.appArgs)
					&& Objects.equals(this.channelId, that.channelId)
					&& Objects.equals(this.otherChannelId, that.otherChannelId)
					&& Objects.equals(this.originator, that.originator)
					&& Objects.equals(this.formats, that.formats)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.appArgs, this.channelId, this.otherChannelId, this.originator, this.formats,
					this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("CreateOptions", "appArgs", this.appArgs, "channelId", this.channelId,
					"otherChannelId", this.otherChannelId, "originator", this.originator, "formats", this.formats,
					"variables", this.variables);
		}

	}

	/**
	 * Optional parameters of {@code originateWithId}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class OriginateWithIdOptions {

		private final String extension;

		private final String context;

		private final Long priority;

		private final String label;

		private final String app;

		private final String appArgs;

		private final String callerId;

		private final Integer timeout;

		private final Map<String, String> variables;

		private final String otherChannelId;

		private final String originator;

		private final String formats;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public OriginateWithIdOptions() {
			this(null, null, null, null, null, null, null, null, null, null, null, null);
		}

		private OriginateWithIdOptions(String extension, String context, Long priority, String label, String app,
				String appArgs, String callerId, Integer timeout, Map<String, String> variables, String otherChannelId,
				String originator, String formats) {
			this.extension = extension;
			this.context = context;
			this.priority = priority;
			this.label = label;
			this.app = app;
			this.appArgs = appArgs;
			this.callerId = callerId;
			this.timeout = timeout;
			this.variables = variables;
			this.otherChannelId = otherChannelId;
			this.originator = originator;
			this.formats = formats;
		}

		/**
		 * Dialplan extension to go to once the endpoint answers.
		 * @param extension the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code extension} set
		 */
		public OriginateWithIdOptions extension(String extension) {
			return new OriginateWithIdOptions(extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #extension(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String extension() {
			return this.extension;
		}

		/**
		 * Dialplan context to go to once the endpoint answers.
		 * @param context the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code context} set
		 */
		public OriginateWithIdOptions context(String context) {
			return new OriginateWithIdOptions(this.extension, context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #context(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String context() {
			return this.context;
		}

		/**
		 * Dialplan priority to go to once the endpoint answers.
		 * @param priority the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code priority} set
		 */
		public OriginateWithIdOptions priority(Long priority) {
			return new OriginateWithIdOptions(this.extension, this.context, priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #priority(Long)}.
		 * @return the value, or {@code null} if not set
		 */
		public Long priority() {
			return this.priority;
		}

		/**
		 * Dialplan label to go to once the endpoint answers; takes precedence over the priority.
		 * @param label the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code label} set
		 */
		public OriginateWithIdOptions label(String label) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #label(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String label() {
			return this.label;
		}

		/**
		 * The Stasis application the channel enters when answered, instead of the dialplan.
		 * @param app the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code app} set
		 */
		public OriginateWithIdOptions app(String app) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #app(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String app() {
			return this.app;
		}

		/**
		 * Arguments for that Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public OriginateWithIdOptions appArgs(String appArgs) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		/**
		 * Caller id to present, for example {@code "Alice" <100>}.
		 * @param callerId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code callerId} set
		 */
		public OriginateWithIdOptions callerId(String callerId) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #callerId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String callerId() {
			return this.callerId;
		}

		/**
		 * Seconds to wait for an answer; -1 waits for ever (Asterisk's default {@code 30}).
		 * @param timeout the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code timeout} set
		 */
		public OriginateWithIdOptions timeout(Integer timeout) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, timeout, this.variables, this.otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #timeout(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer timeout() {
			return this.timeout;
		}

		/**
		 * Channel variables to set on the new channel, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public OriginateWithIdOptions variables(Map<String, String> variables) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, ResourceSupport.copyOf(variables), this.otherChannelId,
					this.originator, this.formats);
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		/**
		 * The id to give the second channel of a Local channel pair.
		 * @param otherChannelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code otherChannelId} set
		 */
		public OriginateWithIdOptions otherChannelId(String otherChannelId) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, otherChannelId, this.originator,
					this.formats);
		}

		/**
		 * The value set with {@link #otherChannelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String otherChannelId() {
			return this.otherChannelId;
		}

		/**
		 * The id of the channel that is originating this one.
		 * @param originator the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code originator} set
		 */
		public OriginateWithIdOptions originator(String originator) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, originator,
					this.formats);
		}

		/**
		 * The value set with {@link #originator(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String originator() {
			return this.originator;
		}

		/**
		 * Comma-separated codecs to offer when there is no originator, for example {@code ulaw,slin16}.
		 * @param formats the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code formats} set
		 */
		public OriginateWithIdOptions formats(String formats) {
			return new OriginateWithIdOptions(this.extension, this.context, this.priority, this.label, this.app,
					this.appArgs, this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator,
					formats);
		}

		/**
		 * The value set with {@link #formats(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String formats() {
			return this.formats;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof OriginateWithIdOptions that)) {
				return false;
			}
			return Objects.equals(this.extension, that.extension)
					&& Objects.equals(this.context, that.context)
					&& Objects.equals(this.priority, that.priority)
					&& Objects.equals(this.label, that.label)
					&& Objects.equals(this.app, that.app)
					&& Objects.equals(this.appArgs, that.appArgs)
					&& Objects.equals(this.callerId, that.callerId)
					&& Objects.equals(this.timeout, that.timeout)
					&& Objects.equals(this.variables, that.variables)
					&& Objects.equals(this.otherChannelId, that.otherChannelId)
					&& Objects.equals(this.originator, that.originator)
					&& Objects.equals(this.formats, that.formats);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.extension, this.context, this.priority, this.label, this.app, this.appArgs,
					this.callerId, this.timeout, this.variables, this.otherChannelId, this.originator, this.formats);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("OriginateWithIdOptions", "extension", this.extension, "context",
					this.context, "priority", this.priority, "label", this.label, "app", this.app, "appArgs",
					this.appArgs, "callerId", this.callerId, "timeout", this.timeout, "variables", this.variables,
					"otherChannelId", this.otherChannelId, "originator", this.originator, "formats", this.formats);
		}

	}

	/**
	 * Optional parameters of {@code hangup}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class HangupOptions {

		private final String reasonCode;

		private final String reason;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public HangupOptions() {
			this(null, null);
		}

		private HangupOptions(String reasonCode, String reason) {
			this.reasonCode = reasonCode;
			this.reason = reason;
		}

		/**
		 * The hangup cause as a Q.850 number, for example {@code 16}.
		 * @param reasonCode the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code reasonCode} set
		 */
		public HangupOptions reasonCode(String reasonCode) {
			return new HangupOptions(reasonCode, this.reason);
		}

		/**
		 * The value set with {@link #reasonCode(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String reasonCode() {
			return this.reasonCode;
		}

		/**
		 * The hangup cause as a word, for example {@code normal} or {@code busy}; use either this or the reason code
		 * (one of {@code normal}, {@code busy}, {@code congestion}, {@code no_answer}, {@code timeout},
		 * {@code rejected}, {@code unallocated}, {@code normal_unspecified}, {@code number_incomplete},
		 * {@code codec_mismatch}, {@code interworking}, {@code failure}, {@code answered_elsewhere}).
		 * @param reason the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code reason} set
		 */
		public HangupOptions reason(String reason) {
			return new HangupOptions(this.reasonCode, reason);
		}

		/**
		 * The value set with {@link #reason(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String reason() {
			return this.reason;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof HangupOptions that)) {
				return false;
			}
			return Objects.equals(this.reasonCode, that.reasonCode)
					&& Objects.equals(this.reason, that.reason);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.reasonCode, this.reason);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("HangupOptions", "reasonCode", this.reasonCode, "reason", this.reason);
		}

	}

	/**
	 * Optional parameters of {@code continueInDialplan}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class ContinueInDialplanOptions {

		private final String context;

		private final String extension;

		private final Integer priority;

		private final String label;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public ContinueInDialplanOptions() {
			this(null, null, null, null);
		}

		private ContinueInDialplanOptions(String context, String extension, Integer priority, String label) {
			this.context = context;
			this.extension = extension;
			this.priority = priority;
			this.label = label;
		}

		/**
		 * The dialplan context to continue in; the current one when left out.
		 * @param context the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code context} set
		 */
		public ContinueInDialplanOptions context(String context) {
			return new ContinueInDialplanOptions(context, this.extension, this.priority, this.label);
		}

		/**
		 * The value set with {@link #context(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String context() {
			return this.context;
		}

		/**
		 * The extension to continue at; the current one when left out.
		 * @param extension the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code extension} set
		 */
		public ContinueInDialplanOptions extension(String extension) {
			return new ContinueInDialplanOptions(this.context, extension, this.priority, this.label);
		}

		/**
		 * The value set with {@link #extension(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String extension() {
			return this.extension;
		}

		/**
		 * The priority to continue at.
		 * @param priority the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code priority} set
		 */
		public ContinueInDialplanOptions priority(Integer priority) {
			return new ContinueInDialplanOptions(this.context, this.extension, priority, this.label);
		}

		/**
		 * The value set with {@link #priority(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer priority() {
			return this.priority;
		}

		/**
		 * The dialplan label to continue at; takes precedence over the priority.
		 * @param label the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code label} set
		 */
		public ContinueInDialplanOptions label(String label) {
			return new ContinueInDialplanOptions(this.context, this.extension, this.priority, label);
		}

		/**
		 * The value set with {@link #label(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String label() {
			return this.label;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof ContinueInDialplanOptions that)) {
				return false;
			}
			return Objects.equals(this.context, that.context)
					&& Objects.equals(this.extension, that.extension)
					&& Objects.equals(this.priority, that.priority)
					&& Objects.equals(this.label, that.label);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.context, this.extension, this.priority, this.label);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("ContinueInDialplanOptions", "context", this.context, "extension",
					this.extension, "priority", this.priority, "label", this.label);
		}

	}

	/**
	 * Optional parameters of {@code move}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class MoveOptions {

		private final String appArgs;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public MoveOptions() {
			this(null);
		}

		private MoveOptions(String appArgs) {
			this.appArgs = appArgs;
		}

		/**
		 * Arguments for the Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public MoveOptions appArgs(String appArgs) {
			return new MoveOptions(appArgs);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof MoveOptions that)) {
				return false;
			}
			return Objects.equals(this.appArgs, that.appArgs);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.appArgs);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("MoveOptions", "appArgs", this.appArgs);
		}

	}

	/**
	 * Optional parameters of {@code sendDTMF}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SendDTMFOptions {

		private final String dtmf;

		private final Integer before;

		private final Integer between;

		private final Integer duration;

		private final Integer after;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SendDTMFOptions() {
			this(null, null, null, null, null);
		}

		private SendDTMFOptions(String dtmf, Integer before, Integer between, Integer duration, Integer after) {
			this.dtmf = dtmf;
			this.before = before;
			this.between = between;
			this.duration = duration;
			this.after = after;
		}

		/**
		 * The digits to send.
		 * @param dtmf the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code dtmf} set
		 */
		public SendDTMFOptions dtmf(String dtmf) {
			return new SendDTMFOptions(dtmf, this.before, this.between, this.duration, this.after);
		}

		/**
		 * The value set with {@link #dtmf(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String dtmf() {
			return this.dtmf;
		}

		/**
		 * Milliseconds to wait before the first digit (Asterisk's default {@code 0}).
		 * @param before the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code before} set
		 */
		public SendDTMFOptions before(Integer before) {
			return new SendDTMFOptions(this.dtmf, before, this.between, this.duration, this.after);
		}

		/**
		 * The value set with {@link #before(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer before() {
			return this.before;
		}

		/**
		 * Milliseconds between two digits (Asterisk's default {@code 100}).
		 * @param between the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code between} set
		 */
		public SendDTMFOptions between(Integer between) {
			return new SendDTMFOptions(this.dtmf, this.before, between, this.duration, this.after);
		}

		/**
		 * The value set with {@link #between(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer between() {
			return this.between;
		}

		/**
		 * How long each digit lasts, in milliseconds (Asterisk's default {@code 100}).
		 * @param duration the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code duration} set
		 */
		public SendDTMFOptions duration(Integer duration) {
			return new SendDTMFOptions(this.dtmf, this.before, this.between, duration, this.after);
		}

		/**
		 * The value set with {@link #duration(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer duration() {
			return this.duration;
		}

		/**
		 * Milliseconds to wait after the last digit (Asterisk's default {@code 0}).
		 * @param after the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code after} set
		 */
		public SendDTMFOptions after(Integer after) {
			return new SendDTMFOptions(this.dtmf, this.before, this.between, this.duration, after);
		}

		/**
		 * The value set with {@link #after(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer after() {
			return this.after;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof SendDTMFOptions that)) {
				return false;
			}
			return Objects.equals(this.dtmf, that.dtmf)
					&& Objects.equals(this.before, that.before)
					&& Objects.equals(this.between, that.between)
					&& Objects.equals(this.duration, that.duration)
					&& Objects.equals(this.after, that.after);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.dtmf, this.before, this.between, this.duration, this.after);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SendDTMFOptions", "dtmf", this.dtmf, "before", this.before, "between",
					this.between, "duration", this.duration, "after", this.after);
		}

	}

	/**
	 * Optional parameters of {@code mute}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class MuteOptions {

		private final String direction;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public MuteOptions() {
			this(null);
		}

		private MuteOptions(String direction) {
			this.direction = direction;
		}

		/**
		 * Which audio to act on (one of {@code both}, {@code in}, {@code out}; Asterisk's default {@code both}).
		 * @param direction the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code direction} set
		 */
		public MuteOptions direction(String direction) {
			return new MuteOptions(direction);
		}

		/**
		 * The value set with {@link #direction(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String direction() {
			return this.direction;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof MuteOptions that)) {
				return false;
			}
			return Objects.equals(this.direction, that.direction);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.direction);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("MuteOptions", "direction", this.direction);
		}

	}

	/**
	 * Optional parameters of {@code unmute}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class UnmuteOptions {

		private final String direction;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public UnmuteOptions() {
			this(null);
		}

		private UnmuteOptions(String direction) {
			this.direction = direction;
		}

		/**
		 * Which audio to act on (one of {@code both}, {@code in}, {@code out}; Asterisk's default {@code both}).
		 * @param direction the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code direction} set
		 */
		public UnmuteOptions direction(String direction) {
			return new UnmuteOptions(direction);
		}

		/**
		 * The value set with {@link #direction(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String direction() {
			return this.direction;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof UnmuteOptions that)) {
				return false;
			}
			return Objects.equals(this.direction, that.direction);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.direction);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("UnmuteOptions", "direction", this.direction);
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

		private final String lang;

		private final Integer offsetms;

		private final Integer skipms;

		private final String playbackId;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public PlayOptions() {
			this(null, null, null, null);
		}

		private PlayOptions(String lang, Integer offsetms, Integer skipms, String playbackId) {
			this.lang = lang;
			this.offsetms = offsetms;
			this.skipms = skipms;
			this.playbackId = playbackId;
		}

		/**
		 * Language of the media, for sounds that exist in several languages.
		 * @param lang the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code lang} set
		 */
		public PlayOptions lang(String lang) {
			return new PlayOptions(lang, this.offsetms, this.skipms, this.playbackId);
		}

		/**
		 * The value set with {@link #lang(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String lang() {
			return this.lang;
		}

		/**
		 * Milliseconds to skip at the start of the first media URI.
		 * @param offsetms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code offsetms} set
		 */
		public PlayOptions offsetms(Integer offsetms) {
			return new PlayOptions(this.lang, offsetms, this.skipms, this.playbackId);
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
			return new PlayOptions(this.lang, this.offsetms, skipms, this.playbackId);
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
			return new PlayOptions(this.lang, this.offsetms, this.skipms, playbackId);
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
			return Objects.equals(this.lang, that.lang)
					&& Objects.equals(this.offsetms, that.offsetms)
					&& Objects.equals(this.skipms, that.skipms)
					&& Objects.equals(this.playbackId, that.playbackId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.lang, this.offsetms, this.skipms, this.playbackId);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("PlayOptions", "lang", this.lang, "offsetms", this.offsetms, "skipms",
					this.skipms, "playbackId", this.playbackId);
		}

	}

	/**
	 * Optional parameters of {@code playWithId}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class PlayWithIdOptions {

		private final String lang;

		private final Integer offsetms;

		private final Integer skipms;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public PlayWithIdOptions() {
			this(null, null, null);
		}

		private PlayWithIdOptions(String lang, Integer offsetms, Integer skipms) {
			this.lang = lang;
			this.offsetms = offsetms;
			this.skipms = skipms;
		}

		/**
		 * Language of the media, for sounds that exist in several languages.
		 * @param lang the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code lang} set
		 */
		public PlayWithIdOptions lang(String lang) {
			return new PlayWithIdOptions(lang, this.offsetms, this.skipms);
		}

		/**
		 * The value set with {@link #lang(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String lang() {
			return this.lang;
		}

		/**
		 * Milliseconds to skip at the start of the first media URI.
		 * @param offsetms the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code offsetms} set
		 */
		public PlayWithIdOptions offsetms(Integer offsetms) {
			return new PlayWithIdOptions(this.lang, offsetms, this.skipms);
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
			return new PlayWithIdOptions(this.lang, this.offsetms, skipms);
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
			return Objects.equals(this.lang, that.lang)
					&& Objects.equals(this.offsetms, that.offsetms)
					&& Objects.equals(this.skipms, that.skipms);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.lang, this.offsetms, this.skipms);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("PlayWithIdOptions", "lang", this.lang, "offsetms", this.offsetms,
					"skipms", this.skipms);
		}

	}

	/**
	 * Optional parameters of {@code record}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class RecordOptions {

		private final Integer maxDurationSeconds;

		private final Integer maxSilenceSeconds;

		private final String ifExists;

		private final Boolean beep;

		private final String terminateOn;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public RecordOptions() {
			this(null, null, null, null, null);
		}

		private RecordOptions(Integer maxDurationSeconds, Integer maxSilenceSeconds, String ifExists, Boolean beep,
				String terminateOn) {
			this.maxDurationSeconds = maxDurationSeconds;
			this.maxSilenceSeconds = maxSilenceSeconds;
			this.ifExists = ifExists;
			this.beep = beep;
			this.terminateOn = terminateOn;
		}

		/**
		 * The longest the recording may last, in seconds; 0 for no limit (Asterisk's default {@code 0}).
		 * @param maxDurationSeconds the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code maxDurationSeconds} set
		 */
		public RecordOptions maxDurationSeconds(Integer maxDurationSeconds) {
			return new RecordOptions(maxDurationSeconds, this.maxSilenceSeconds, this.ifExists, this.beep,
					this.terminateOn);
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
			return new RecordOptions(this.maxDurationSeconds, maxSilenceSeconds, this.ifExists, this.beep,
					this.terminateOn);
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
			return new RecordOptions(this.maxDurationSeconds, this.maxSilenceSeconds, ifExists, this.beep,
					this.terminateOn);
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
			return new RecordOptions(this.maxDurationSeconds, this.maxSilenceSeconds, this.ifExists, beep,
					this.terminateOn);
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
			return new RecordOptions(this.maxDurationSeconds, this.maxSilenceSeconds, this.ifExists, this.beep,
					terminateOn);
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
			return Objects.equals(this.maxDurationSeconds, that.maxDurationSeconds)
					&& Objects.equals(this.maxSilenceSeconds, that.maxSilenceSeconds)
					&& Objects.equals(this.ifExists, that.ifExists)
					&& Objects.equals(this.beep, that.beep)
					&& Objects.equals(this.terminateOn, that.terminateOn);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.maxDurationSeconds, this.maxSilenceSeconds, this.ifExists, this.beep,
					this.terminateOn);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("RecordOptions", "maxDurationSeconds", this.maxDurationSeconds,
					"maxSilenceSeconds", this.maxSilenceSeconds, "ifExists", this.ifExists, "beep", this.beep,
					"terminateOn", this.terminateOn);
		}

	}

	/**
	 * Optional parameters of {@code setChannelVar}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SetChannelVarOptions {

		private final String value;

		private final Boolean reportEvents;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SetChannelVarOptions() {
			this(null, null);
		}

		private SetChannelVarOptions(String value, Boolean reportEvents) {
			this.value = value;
			this.reportEvents = reportEvents;
		}

		/**
		 * The value to set; leave it out to clear the variable.
		 * @param value the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code value} set
		 */
		public SetChannelVarOptions value(String value) {
			return new SetChannelVarOptions(value, this.reportEvents);
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
		public SetChannelVarOptions reportEvents(Boolean reportEvents) {
			return new SetChannelVarOptions(this.value, reportEvents);
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
			if (!(other instanceof SetChannelVarOptions that)) {
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
			return ResourceSupport.describe("SetChannelVarOptions", "value", this.value, "reportEvents",
					this.reportEvents);
		}

	}

	/**
	 * Optional parameters of {@code snoopChannel}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SnoopChannelOptions {

		private final String spy;

		private final String whisper;

		private final String appArgs;

		private final String snoopId;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SnoopChannelOptions() {
			this(null, null, null, null);
		}

		private SnoopChannelOptions(String spy, String whisper, String appArgs, String snoopId) {
			this.spy = spy;
			this.whisper = whisper;
			this.appArgs = appArgs;
			this.snoopId = snoopId;
		}

		/**
		 * Which audio of the channel the snoop channel hears (one of {@code none}, {@code both}, {@code out},
		 * {@code in}; Asterisk's default {@code none}).
		 * @param spy the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code spy} set
		 */
		public SnoopChannelOptions spy(String spy) {
			return new SnoopChannelOptions(spy, this.whisper, this.appArgs, this.snoopId);
		}

		/**
		 * The value set with {@link #spy(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String spy() {
			return this.spy;
		}

		/**
		 * Which way the snoop channel's own audio goes into the channel (one of {@code none}, {@code both},
		 * {@code out}, {@code in}; Asterisk's default {@code none}).
		 * @param whisper the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code whisper} set
		 */
		public SnoopChannelOptions whisper(String whisper) {
			return new SnoopChannelOptions(this.spy, whisper, this.appArgs, this.snoopId);
		}

		/**
		 * The value set with {@link #whisper(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String whisper() {
			return this.whisper;
		}

		/**
		 * Arguments for the Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public SnoopChannelOptions appArgs(String appArgs) {
			return new SnoopChannelOptions(this.spy, this.whisper, appArgs, this.snoopId);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		/**
		 * The id to give the snoop channel.
		 * @param snoopId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code snoopId} set
		 */
		public SnoopChannelOptions snoopId(String snoopId) {
			return new SnoopChannelOptions(this.spy, this.whisper, this.appArgs, snoopId);
		}

		/**
		 * The value set with {@link #snoopId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String snoopId() {
			return this.snoopId;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof SnoopChannelOptions that)) {
				return false;
			}
			return Objects.equals(this.spy, that.spy)
					&& Objects.equals(this.whisper, that.whisper)
					&& Objects.equals(this.appArgs, that.appArgs)
					&& Objects.equals(this.snoopId, that.snoopId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.spy, this.whisper, this.appArgs, this.snoopId);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SnoopChannelOptions", "spy", this.spy, "whisper", this.whisper, "appArgs",
					this.appArgs, "snoopId", this.snoopId);
		}

	}

	/**
	 * Optional parameters of {@code snoopChannelWithId}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SnoopChannelWithIdOptions {

		private final String spy;

		private final String whisper;

		private final String appArgs;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SnoopChannelWithIdOptions() {
			this(null, null, null);
		}

		private SnoopChannelWithIdOptions(String spy, String whisper, String appArgs) {
			this.spy = spy;
			this.whisper = whisper;
			this.appArgs = appArgs;
		}

		/**
		 * Which audio of the channel the snoop channel hears (one of {@code none}, {@code both}, {@code out},
		 * {@code in}; Asterisk's default {@code none}).
		 * @param spy the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code spy} set
		 */
		public SnoopChannelWithIdOptions spy(String spy) {
			return new SnoopChannelWithIdOptions(spy, this.whisper, this.appArgs);
		}

		/**
		 * The value set with {@link #spy(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String spy() {
			return this.spy;
		}

		/**
		 * Which way the snoop channel's own audio goes into the channel (one of {@code none}, {@code both},
		 * {@code out}, {@code in}; Asterisk's default {@code none}).
		 * @param whisper the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code whisper} set
		 */
		public SnoopChannelWithIdOptions whisper(String whisper) {
			return new SnoopChannelWithIdOptions(this.spy, whisper, this.appArgs);
		}

		/**
		 * The value set with {@link #whisper(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String whisper() {
			return this.whisper;
		}

		/**
		 * Arguments for the Stasis application, separated by commas.
		 * @param appArgs the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code appArgs} set
		 */
		public SnoopChannelWithIdOptions appArgs(String appArgs) {
			return new SnoopChannelWithIdOptions(this.spy, this.whisper, appArgs);
		}

		/**
		 * The value set with {@link #appArgs(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String appArgs() {
			return this.appArgs;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof SnoopChannelWithIdOptions that)) {
				return false;
			}
			return Objects.equals(this.spy, that.spy)
					&& Objects.equals(this.whisper, that.whisper)
					&& Objects.equals(this.appArgs, that.appArgs);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.spy, this.whisper, this.appArgs);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SnoopChannelWithIdOptions", "spy", this.spy, "whisper", this.whisper,
					"appArgs", this.appArgs);
		}

	}

	/**
	 * Optional parameters of {@code dial}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class DialOptions {

		private final String caller;

		private final Integer timeout;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public DialOptions() {
			this(null, null);
		}

		private DialOptions(String caller, Integer timeout) {
			this.caller = caller;
			this.timeout = timeout;
		}

		/**
		 * The id of the channel on whose behalf the call is placed.
		 * @param caller the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code caller} set
		 */
		public DialOptions caller(String caller) {
			return new DialOptions(caller, this.timeout);
		}

		/**
		 * The value set with {@link #caller(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String caller() {
			return this.caller;
		}

		/**
		 * Seconds to wait for an answer (Asterisk's default {@code 0}).
		 * @param timeout the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code timeout} set
		 */
		public DialOptions timeout(Integer timeout) {
			return new DialOptions(this.caller, timeout);
		}

		/**
		 * The value set with {@link #timeout(Integer)}.
		 * @return the value, or {@code null} if not set
		 */
		public Integer timeout() {
			return this.timeout;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof DialOptions that)) {
				return false;
			}
			return Objects.equals(this.caller, that.caller)
					&& Objects.equals(this.timeout, that.timeout);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.caller, this.timeout);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("DialOptions", "caller", this.caller, "timeout", this.timeout);
		}

	}

	/**
	 * Optional parameters of {@code externalMedia}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class ExternalMediaOptions {

		private final String channelId;

		private final Map<String, String> variables;

		private final String externalHost;

		private final String encapsulation;

		private final String transport;

		private final String connectionType;

		private final String direction;

		private final String data;

		private final String transportData;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public ExternalMediaOptions() {
			this(null, null, null, null, null, null, null, null, null);
		}

		private ExternalMediaOptions(String channelId, Map<String, String> variables, String externalHost,
				String encapsulation, String transport, String connectionType, String direction, String data,
				String transportData) {
			this.channelId = channelId;
			this.variables = variables;
			this.externalHost = externalHost;
			this.encapsulation = encapsulation;
			this.transport = transport;
			this.connectionType = connectionType;
			this.direction = direction;
			this.data = data;
			this.transportData = transportData;
		}

		/**
		 * The id to give the new channel.
		 * @param channelId the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code channelId} set
		 */
		public ExternalMediaOptions channelId(String channelId) {
			return new ExternalMediaOptions(channelId, this.variables, this.externalHost, this.encapsulation,
					this.transport, this.connectionType, this.direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #channelId(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String channelId() {
			return this.channelId;
		}

		/**
		 * Channel variables to set on the new channel, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public ExternalMediaOptions variables(Map<String, String> variables) {
			return new ExternalMediaOptions(this.channelId, ResourceSupport.copyOf(variables), this.externalHost,
					this.encapsulation, this.transport, this.connectionType, this.direction, this.data,
					this.transportData);
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		/**
		 * The external media server as {@code host:port}, or a WebSocket client connection id.
		 * @param externalHost the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code externalHost} set
		 */
		public ExternalMediaOptions externalHost(String externalHost) {
			return new ExternalMediaOptions(this.channelId, this.variables, externalHost, this.encapsulation,
					this.transport, this.connectionType, this.direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #externalHost(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String externalHost() {
			return this.externalHost;
		}

		/**
		 * How the audio is wrapped on the wire (one of {@code rtp}, {@code audiosocket}, {@code none}; Asterisk's
		 * default {@code rtp}).
		 * @param encapsulation the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code encapsulation} set
		 */
		public ExternalMediaOptions encapsulation(String encapsulation) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, encapsulation,
					this.transport, this.connectionType, this.direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #encapsulation(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String encapsulation() {
			return this.encapsulation;
		}

		/**
		 * The transport protocol (one of {@code udp}, {@code tcp}, {@code websocket}; Asterisk's default {@code udp}).
		 * @param transport the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code transport} set
		 */
		public ExternalMediaOptions transport(String transport) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, this.encapsulation,
					transport, this.connectionType, this.direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #transport(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String transport() {
			return this.transport;
		}

		/**
		 * Whether Asterisk connects out or waits for the connection (one of {@code client}, {@code server}; Asterisk's
		 * default {@code client}).
		 * @param connectionType the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code connectionType} set
		 */
		public ExternalMediaOptions connectionType(String connectionType) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, this.encapsulation,
					this.transport, connectionType, this.direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #connectionType(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String connectionType() {
			return this.connectionType;
		}

		/**
		 * Which way the audio flows (one of {@code both}; Asterisk's default {@code both}).
		 * @param direction the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code direction} set
		 */
		public ExternalMediaOptions direction(String direction) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, this.encapsulation,
					this.transport, this.connectionType, direction, this.data, this.transportData);
		}

		/**
		 * The value set with {@link #direction(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String direction() {
			return this.direction;
		}

		/**
		 * Free-form data passed along with the stream.
		 * @param data the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code data} set
		 */
		public ExternalMediaOptions data(String data) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, this.encapsulation,
					this.transport, this.connectionType, this.direction, data, this.transportData);
		}

		/**
		 * The value set with {@link #data(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String data() {
			return this.data;
		}

		/**
		 * Transport-specific data, for WebSocket appended to the dial string.
		 * @param transportData the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code transportData} set
		 */
		public ExternalMediaOptions transportData(String transportData) {
			return new ExternalMediaOptions(this.channelId, this.variables, this.externalHost, this.encapsulation,
					this.transport, this.connectionType, this.direction, this.data, transportData);
		}

		/**
		 * The value set with {@link #transportData(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String transportData() {
			return this.transportData;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof ExternalMediaOptions that)) {
				return false;
			}
			return Objects.equals(this.channelId, that.channelId)
					&& Objects.equals(this.variables, that.variables)
					&& Objects.equals(this.externalHost, that.externalHost)
					&& Objects.equals(this.encapsulation, that.encapsulation)
					&& Objects.equals(this.transport, that.transport)
					&& Objects.equals(this.connectionType, that.connectionType)
					&& Objects.equals(this.direction, that.direction)
					&& Objects.equals(this.data, that.data)
					&& Objects.equals(this.transportData, that.transportData);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.channelId, this.variables, this.externalHost, this.encapsulation, this.transport,
					this.connectionType, this.direction, this.data, this.transportData);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("ExternalMediaOptions", "channelId", this.channelId, "variables",
					this.variables, "externalHost", this.externalHost, "encapsulation", this.encapsulation,
					"transport", this.transport, "connectionType", this.connectionType, "direction", this.direction,
					"data", this.data, "transportData", this.transportData);
		}

	}

}
