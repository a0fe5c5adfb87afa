package io.ariqueue.benchmarks.contender;

/**
 * The ARI calls the benchmark's call logic makes. Each contender carries them its own way: the
 * {@code AriSession} of ari-queue, or the hand-written commands of the baseline. Every call
 * blocks until the proxy answers and throws if the answer is not a success.
 *
 * @author ari-queue team
 */
public interface CallControl {

	/**
	 * Answer a channel.
	 * @param channelId the channel
	 */
	void answer(String channelId);

	/**
	 * Play media on a channel.
	 * @param channelId the channel
	 * @param media the media URI
	 */
	void play(String channelId, String media);

	/**
	 * Hang a channel up.
	 * @param channelId the channel
	 */
	void hangup(String channelId);

}
