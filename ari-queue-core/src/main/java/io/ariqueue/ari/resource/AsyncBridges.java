package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * Bridges, which join channels so that they hear each other, with playback and recording on the whole bridge, with
 * every call returning a future that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Bridges}.
 */
public interface AsyncBridges {

	/**
	 * List every active bridge.
	 * @return a future of the {@link Bridge} list
	 */
	CompletableFuture<List<Bridge>> list();

	/**
	 * Create a bridge.
	 * @param options the optional parameters, {@code new CreateOptions()} for none
	 * @return a future of the {@link Bridge}
	 */
	CompletableFuture<Bridge> create(Bridges.CreateOptions options);

	/**
	 * Create a bridge.
	 * <p>
	 * The same as {@link #create(Bridges.CreateOptions)} with no options.
	 * @return a future of the {@link Bridge}
	 */
	default CompletableFuture<Bridge> create() {
		return create(new Bridges.CreateOptions());
	}

	/**
	 * Create a bridge with an id chosen by the caller, or change an existing one.
	 * @param bridgeId the id of the bridge to create or change
	 * @param options the optional parameters, {@code new CreateWithIdOptions()} for none
	 * @return a future of the {@link Bridge}
	 */
	CompletableFuture<Bridge> createWithId(String bridgeId, Bridges.CreateWithIdOptions options);

	/**
	 * Create a bridge with an id chosen by the caller, or change an existing one.
	 * <p>
	 * The same as {@link #createWithId(String, Bridges.CreateWithIdOptions)} with no options.
	 * @param bridgeId the id of the bridge to create or change
	 * @return a future of the {@link Bridge}
	 */
	default CompletableFuture<Bridge> createWithId(String bridgeId) {
		return createWithId(bridgeId, new Bridges.CreateWithIdOptions());
	}

	/**
	 * Read a bridge's current state.
	 * @param bridgeId the bridge's id
	 * @return a future of the {@link Bridge}
	 */
	CompletableFuture<Bridge> get(String bridgeId);

	/**
	 * Destroy a bridge; the channels in it stay up.
	 * @param bridgeId the bridge's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> destroy(String bridgeId);

	/**
	 * Read a bridge variable or dialplan function.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of the {@link Variable}
	 */
	CompletableFuture<Variable> getBridgeVar(String bridgeId, String variable);

	/**
	 * Set a bridge variable or dialplan function.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetBridgeVarOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setBridgeVar(String bridgeId, String variable, Bridges.SetBridgeVarOptions options);

	/**
	 * Set a bridge variable or dialplan function.
	 * <p>
	 * The same as {@link #setBridgeVar(String, String, Bridges.SetBridgeVarOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> setBridgeVar(String bridgeId, String variable) {
		return setBridgeVar(bridgeId, variable, new Bridges.SetBridgeVarOptions());
	}

	/**
	 * Read several bridge variables or dialplan functions at once.
	 * @param bridgeId the bridge's id
	 * @param variables the names of the variables or functions to read
	 * @return a future of the {@link Variables}
	 */
	CompletableFuture<Variables> getBridgeVars(String bridgeId, List<String> variables);

	/**
	 * Read several bridge variables or dialplan functions at once.
	 * <p>
	 * The same as {@link #getBridgeVars(String, List)} with a single {@code variables}.
	 * @param bridgeId the bridge's id
	 * @param variables the names of the variables or functions to read (here a single value)
	 * @return a future of the {@link Variables}
	 */
	default CompletableFuture<Variables> getBridgeVars(String bridgeId, String variables) {
		return getBridgeVars(bridgeId, List.of(variables));
	}

	/**
	 * Set several bridge variables or dialplan functions at once.
	 * @param bridgeId the bridge's id
	 * @param variables bridge variables to set, name to value
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setBridgeVars(String bridgeId, Map<String, String> variables);

	/**
	 * Put one or more channels into a bridge.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 * @param options the optional parameters, {@code new AddChannelOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> addChannel(String bridgeId, List<String> channel, Bridges.AddChannelOptions options);

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, Bridges.AddChannelOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> addChannel(String bridgeId, List<String> channel) {
		return addChannel(bridgeId, channel, new Bridges.AddChannelOptions());
	}

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, Bridges.AddChannelOptions)} with a single {@code channel}.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 * @param options the optional parameters, {@code new AddChannelOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> addChannel(String bridgeId, String channel, Bridges.AddChannelOptions options) {
		return addChannel(bridgeId, List.of(channel), options);
	}

	/**
	 * Put one or more channels into a bridge.
	 * <p>
	 * The same as {@link #addChannel(String, List, Bridges.AddChannelOptions)} with a single {@code channel} and no
	 * options.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> addChannel(String bridgeId, String channel) {
		return addChannel(bridgeId, List.of(channel), new Bridges.AddChannelOptions());
	}

	/**
	 * Take one or more channels out of a bridge.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> removeChannel(String bridgeId, List<String> channel);

	/**
	 * Take one or more channels out of a bridge.
	 * <p>
	 * The same as {@link #removeChannel(String, List)} with a single {@code channel}.
	 * @param bridgeId the bridge's id
	 * @param channel ids of the channels (here a single value)
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> removeChannel(String bridgeId, String channel) {
		return removeChannel(bridgeId, List.of(channel));
	}

	/**
	 * Make one channel the video source of a bridge.
	 * @param bridgeId the bridge's id
	 * @param channelId the id of the channel whose video the bridge shows
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setVideoSource(String bridgeId, String channelId);

	/**
	 * Let the bridge choose its video source again, after {@code setVideoSource}.
	 * @param bridgeId the bridge's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> clearVideoSource(String bridgeId);

	/**
	 * Play music on hold into a bridge.
	 * @param bridgeId the bridge's id
	 * @param options the optional parameters, {@code new StartMohOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> startMoh(String bridgeId, Bridges.StartMohOptions options);

	/**
	 * Play music on hold into a bridge.
	 * <p>
	 * The same as {@link #startMoh(String, Bridges.StartMohOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> startMoh(String bridgeId) {
		return startMoh(bridgeId, new Bridges.StartMohOptions());
	}

	/**
	 * Stop music on hold in a bridge.
	 * @param bridgeId the bridge's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> stopMoh(String bridgeId);

	/**
	 * Start playing media into a bridge.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	CompletableFuture<Playback> play(String bridgeId, List<String> media, Bridges.PlayOptions options);

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, Bridges.PlayOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String bridgeId, List<String> media) {
		return play(bridgeId, media, new Bridges.PlayOptions());
	}

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, Bridges.PlayOptions)} with a single {@code media}.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String bridgeId, String media, Bridges.PlayOptions options) {
		return play(bridgeId, List.of(media), options);
	}

	/**
	 * Start playing media into a bridge.
	 * <p>
	 * The same as {@link #play(String, List, Bridges.PlayOptions)} with a single {@code media} and no options.
	 * @param bridgeId the bridge's id
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> play(String bridgeId, String media) {
		return play(bridgeId, List.of(media), new Bridges.PlayOptions());
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	CompletableFuture<Playback> playWithId(String bridgeId, String playbackId, List<String> media,
			Bridges.PlayWithIdOptions options);

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Bridges.PlayWithIdOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name}
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String bridgeId, String playbackId, List<String> media) {
		return playWithId(bridgeId, playbackId, media, new Bridges.PlayWithIdOptions());
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Bridges.PlayWithIdOptions)} with a single {@code media}.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @param options the optional parameters, {@code new PlayWithIdOptions()} for none
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String bridgeId, String playbackId, String media,
			Bridges.PlayWithIdOptions options) {
		return playWithId(bridgeId, playbackId, List.of(media), options);
	}

	/**
	 * Start playing media into a bridge, with the id of the playback chosen by the caller.
	 * <p>
	 * The same as {@link #playWithId(String, String, List, Bridges.PlayWithIdOptions)} with a single {@code media} and
	 * no options.
	 * @param bridgeId the bridge's id
	 * @param playbackId the id to give the playback
	 * @param media media URIs to play in turn, such as {@code sound:hello-world}, {@code tone:ring} or
	 * {@code recording:name} (here a single value)
	 * @return a future of the {@link Playback}
	 */
	default CompletableFuture<Playback> playWithId(String bridgeId, String playbackId, String media) {
		return playWithId(bridgeId, playbackId, List.of(media), new Bridges.PlayWithIdOptions());
	}

	/**
	 * Start recording a bridge.
	 * @param bridgeId the bridge's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @param options the optional parameters, {@code new RecordOptions()} for none
	 * @return a future of the {@link LiveRecording}
	 */
	CompletableFuture<LiveRecording> record(String bridgeId, String name, String format, Bridges.RecordOptions options);

	/**
	 * Start recording a bridge.
	 * <p>
	 * The same as {@link #record(String, String, String, Bridges.RecordOptions)} with no options.
	 * @param bridgeId the bridge's id
	 * @param name the recording's name, without a file extension
	 * @param format the file format to record in, for example {@code wav}
	 * @return a future of the {@link LiveRecording}
	 */
	default CompletableFuture<LiveRecording> record(String bridgeId, String name, String format) {
		return record(bridgeId, name, format, new Bridges.RecordOptions());
	}

}
