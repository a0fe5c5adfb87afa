package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.RTPstat;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * Channels: originating, answering, playing, recording, moving and hanging up calls, with every call returning a future
 * that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Channels}.
 */
public interface AsyncChannels {

	/**
	 * List every active channel.
	 * @return a future of the {@link Channel} list
	 */
	CompletableFuture<List<Channel>> list();

	/**
	 * Place a call to an endpoint, into the dialplan or into a Stasis application, and return the new channel at once.
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @param options the optional parameters, {@code new OriginateOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> originate(String endpoint, Channels.OriginateOptions options);

	/**
	 * Place a call to an endpoint, into the dialplan or into a Stasis application, and return the new channel at once.
	 * <p>
	 * The same as {@link #originate(String, Channels.OriginateOptions)} with no options.
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> originate(String endpoint) {
		return originate(endpoint, new Channels.OriginateOptions());
	}

	/**
	 * Create a channel in a Stasis application without dialing it; {@code dial} starts the call.
	 * @param endpoint the endpoint the channel will call, for example {@code PJSIP/alice}
	 * @param app the Stasis application to put the channel into
	 * @param options the optional parameters, {@code new CreateOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> create(String endpoint, String app, Channels.CreateOptions options);

	/**
	 * Create a channel in a Stasis application without dialing it; {@code dial} starts the call.
	 * <p>
	 * The same as {@link #create(String, String, Channels.CreateOptions)} with no options.
	 * @param endpoint the endpoint the channel will call, for example {@code PJSIP/alice}
	 * @param app the Stasis application to put the channel into
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> create(String endpoint, String app) {
		return create(endpoint, app, new Channels.CreateOptions());
	}

	/**
	 * Read a channel's current state.
	 * @param channelId the channel's id
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> get(String channelId);

	/**
	 * Like {@code originate}, with the id of the new channel chosen by the caller.
	 * @param channelId the id to give the new channel
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @param options the optional parameters, {@code new OriginateWithIdOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> originateWithId(String channelId, String endpoint,
			Channels.OriginateWithIdOptions options);

	/**
	 * Like {@code originate}, with the id of the new channel chosen by the caller.
	 * <p>
	 * The same as {@link #originateWithId(String, String, Channels.OriginateWithIdOptions)} with no options.
	 * @param channelId the id to give the new channel
	 * @param endpoint the endpoint to call, for example {@code PJSIP/alice}
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> originateWithId(String channelId, String endpoint) {
		return originateWithId(channelId, endpoint, new Channels.OriginateWithIdOptions());
	}

	/**
	 * Hang up a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new HangupOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> hangup(String channelId, Channels.HangupOptions options);

	/**
	 * Hang up a channel.
	 * <p>
	 * The same as {@link #hangup(String, Channels.HangupOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> hangup(String channelId) {
		return hangup(channelId, new Channels.HangupOptions());
	}

	/**
	 * Take a channel out of the Stasis application and let it go on in the dialplan.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new ContinueInDialplanOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> continueInDialplan(String channelId, Channels.ContinueInDialplanOptions options);

	/**
	 * Take a channel out of the Stasis application and let it go on in the dialplan.
	 * <p>
	 * The same as {@link #continueInDialplan(String, Channels.ContinueInDialplanOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> continueInDialplan(String channelId) {
		return continueInDialplan(channelId, new Channels.ContinueInDialplanOptions());
	}

	/**
	 * Hand a channel over to another Stasis application.
	 * @param channelId the channel's id
	 * @param app the Stasis application that takes the channel
	 * @param options the optional parameters, {@code new MoveOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> move(String channelId, String app, Channels.MoveOptions options);

	/**
	 * Hand a channel over to another Stasis application.
	 * <p>
	 * The same as {@link #move(String, String, Channels.MoveOptions)} with no options.
	 * @param channelId the channel's id
	 * @param app the Stasis application that takes the channel
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> move(String channelId, String app) {
		return move(channelId, app, new Channels.MoveOptions());
	}

	/**
	 * Redirect a ringing or answered channel to another endpoint, through the channel technology.
	 * @param channelId the channel's id
	 * @param endpoint where to redirect the channel, for example {@code PJSIP/bob}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> redirect(String channelId, String endpoint);

	/**
	 * Answer a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> answer(String channelId);

	/**
	 * Send ringing to a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> ring(String channelId);

	/**
	 * Stop sending ringing to a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> ringStop(String channelId);

	/**
	 * Signal call progress (early media) on a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> progress(String channelId);

	/**
	 * Send DTMF digits on a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new SendDTMFOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> sendDTMF(String channelId, Channels.SendDTMFOptions options);

	/**
	 * Send DTMF digits on a channel.
	 * <p>
	 * The same as {@link #sendDTMF(String, Channels.SendDTMFOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> sendDTMF(String channelId) {
		return sendDTMF(channelId, new Channels.SendDTMFOptions());
	}

	/**
	 * Mute a channel's audio.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new MuteOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> mute(String channelId, Channels.MuteOptions options);

	/**
	 * Mute a channel's audio.
	 * <p>
	 * The same as {@link #mute(String, Channels.MuteOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> mute(String channelId) {
		return mute(channelId, new Channels.MuteOptions());
	}

	/**
	 * Unmute a channel's audio.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new UnmuteOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> unmute(String channelId, Channels.UnmuteOptions options);

	/**
	 * Unmute a channel's audio.
	 * <p>
	 * The same as {@link #unmute(String, Channels.UnmuteOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> unmute(String channelId) {
		return unmute(channelId, new Channels.UnmuteOptions());
	}

	/**
	 * Put a channel on hold.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> hold(String channelId);

	/**
	 * Take a channel off hold.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> unhold(String channelId);

	/**
	 * Play music on hold to a channel.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new StartMohOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> startMoh(String channelId, Channels.StartMohOptions options);

	/**
	 * Play music on hold to a channel.
	 * <p>
	 * The same as {@link #startMoh(String, Channels.StartMohOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> startMoh(String channelId) {
		return startMoh(channelId, new Channels.StartMohOptions());
	}

	/**
	 * Stop music on hold on a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> stopMoh(String channelId);

	/**
	 * Play silence to a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> startSilence(String channelId);

	/**
	 * Stop playing silence to a channel.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> stopSilence(String channelId);

	/**
	 * Start playing media to a channel.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	CompletableFuture<Playback> play(String channelId, List<String> media, Channels.PlayOptions options);

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, Channels.PlayOptions)} with no options.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String channelId, List<String> media) {
		return play(channelId, media, new Channels.PlayOptions());
	}

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, Channels.PlayOptions)} with a single {@code media}.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String channelId, String media, Channels.PlayOptions options) {
		return play(channelId, List.of(media), options);
	}

	/**
	 * Start playing media to a channel.
	 * <p>
	 * The same as {@link #play(String, List, Channels.PlayOptions)} with a single {@code media} and no options.
	 * @param channelId the channel's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String channelId, String media) {
		return play(channelId, List.of(media), new Channels.PlayOptions());
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	CompletableFuture<Playback> playWithId(String channelId, String playbackId, List<String> media,
			Channels.PlayWithIdOptions options);

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Channels.PlayWithIdOptions)} with no options.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String channelId, String playbackId, List<String> media) {
		return playWithId(channelId, playbackId, media, new Channels.PlayWithIdOptions());
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Channels.PlayWithIdOptions)} with a single {@code media}.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String channelId, String playbackId, String media,
			Channels.PlayWithIdOptions options) {
		return playWithId(channelId, playbackId, List.of(media), options);
	}

	/**
	 * Start playing media to a channel, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Channels.PlayWithIdOptions)} with a single {@code media} and
	 * no options.
	 * @param channelId the channel's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String channelId, String playbackId, String media) {
		return playWithId(channelId, playbackId, List.of(media), new Channels.PlayWithIdOptions());
	}

	/**
	 * Start recording a channel.
	 * @param channelId the channel's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @param options the optional parameters, {@code new RecordOptions()} for none
	 * @return a future of the {@link LiveRecording}
	 */
	CompletableFuture<LiveRecording> record(String channelId, String name, String format,
			Channels.RecordOptions options);

	/**
	 * Start recording a channel.
	 * <p>
	 * The same as {@link #record(String, String, String, Channels.RecordOptions)} with no options.
	 * @param channelId the channel's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @return a future of the {@link LiveRecording}
	 */
	default CompletableFuture<LiveRecording> record(String channelId, String name, String format) {
		return record(channelId, name, format, new Channels.RecordOptions());
	}

	/**
	 * Read a channel variable or dialplan function.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of the {@link Variable}
	 */
	CompletableFuture<Variable> getChannelVar(String channelId, String variable);

	/**
	 * Set a channel variable or dialplan function.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetChannelVarOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setChannelVar(String channelId, String variable, Channels.SetChannelVarOptions options);

	/**
	 * Set a channel variable or dialplan function.
	 * <p>
	 * The same as {@link #setChannelVar(String, String, Channels.SetChannelVarOptions)} with no options.
	 * @param channelId the channel's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> setChannelVar(String channelId, String variable) {
		return setChannelVar(channelId, variable, new Channels.SetChannelVarOptions());
	}

	/**
	 * Read several channel variables or dialplan functions at once.
	 * @param channelId the channel's id
	 * @param variables the names of the variables or functions to read
	 * @return a future of the {@link Variables}
	 */
	CompletableFuture<Variables> getChannelVars(String channelId, List<String> variables);

	/**
	 * Read several channel variables or dialplan functions at once.
	 * <p>
	 * The same as {@link #getChannelVars(String, List)} with a single {@code variables}.
	 * @param channelId the channel's id
	 * @param variables the names of the variables or functions to read (here a single value)
	 * @return a future of the {@link Variables}
	 */
	default CompletableFuture<Variables> getChannelVars(String channelId, String variables) {
		return getChannelVars(channelId, List.of(variables));
	}

	/**
	 * Set several channel variables or dialplan functions at once.
	 * @param channelId the channel's id
	 * @param variables variables to set, name to value
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setChannelVars(String channelId, Map<String, String> variables);

	/**
	 * Create a channel that listens to, or speaks into, another channel.
	 * @param channelId the channel's id
	 * @param app the Stasis application the snoop channel enters
	 * @param options the optional parameters, {@code new SnoopChannelOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> snoopChannel(String channelId, String app, Channels.SnoopChannelOptions options);

	/**
	 * Create a channel that listens to, or speaks into, another channel.
	 * <p>
	 * The same as {@link #snoopChannel(String, String, Channels.SnoopChannelOptions)} with no options.
	 * @param channelId the channel's id
	 * @param app the Stasis application the snoop channel enters
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> snoopChannel(String channelId, String app) {
		return snoopChannel(channelId, app, new Channels.SnoopChannelOptions());
	}

	/**
	 * Like {@code snoopChannel}, with the id of the snoop channel chosen by the caller.
	 * @param channelId the channel's id
	 * @param snoopId the id to give the snoop channel
	 * @param app the Stasis application the snoop channel enters
	 * @param options the optional parameters, {@code new SnoopChannelWithIdOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> snoopChannelWithId(String channelId, String snoopId, String app,
			Channels.SnoopChannelWithIdOptions options);

	/**
	 * Like {@code snoopChannel}, with the id of the snoop channel chosen by the caller.
	 * <p>
	 * The same as {@link #snoopChannelWithId(String, String, String, Channels.SnoopChannelWithIdOptions)} with no
	 * options.
	 * @param channelId the channel's id
	 * @param snoopId the id to give the snoop channel
	 * @param app the Stasis application the snoop channel enters
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> snoopChannelWithId(String channelId, String snoopId, String app) {
		return snoopChannelWithId(channelId, snoopId, app, new Channels.SnoopChannelWithIdOptions());
	}

	/**
	 * Dial a channel made with {@code create}.
	 * @param channelId the channel's id
	 * @param options the optional parameters, {@code new DialOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> dial(String channelId, Channels.DialOptions options);

	/**
	 * Dial a channel made with {@code create}.
	 * <p>
	 * The same as {@link #dial(String, Channels.DialOptions)} with no options.
	 * @param channelId the channel's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> dial(String channelId) {
		return dial(channelId, new Channels.DialOptions());
	}

	/**
	 * Read the RTP statistics of a channel.
	 * @param channelId the channel's id
	 * @return a future of the {@link RTPstat}
	 */
	CompletableFuture<RTPstat> rtpstatistics(String channelId);

	/**
	 * Create a channel that streams the call's audio to or from an external media server.
	 * @param app the Stasis application the new channel enters
	 * @param format the audio format, for example {@code ulaw}
	 * @param options the optional parameters, {@code new ExternalMediaOptions()} for none
	 * @return a future of the {@link Channel}
	 */
	CompletableFuture<Channel> externalMedia(String app, String format, Channels.ExternalMediaOptions options);

	/**
	 * Create a channel that streams the call's audio to or from an external media server.
	 * <p>
	 * The same as {@link #externalMedia(String, String, Channels.ExternalMediaOptions)} with no options.
	 * @param app the Stasis application the new channel enters
	 * @param format the audio format, for example {@code ulaw}
	 * @return a future of the {@link Channel}
	 */
	default CompletableFuture<Channel> externalMedia(String app, String format) {
		return externalMedia(app, format, new Channels.ExternalMediaOptions());
	}

	/**
	 * Report the progress of a transfer on a channel.
	 * @param channelId the channel's id
	 * @param states the transfer state to report
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> transferProgress(String channelId, String states);

}
