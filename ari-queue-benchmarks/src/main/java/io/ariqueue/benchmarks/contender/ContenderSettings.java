package io.ariqueue.benchmarks.contender;

/**
 * What both contenders are given, so that they run with the same resources: the same handler
 * threads, channels and prefetch windows.
 *
 * @param host the broker host
 * @param port the broker port
 * @param username the broker user
 * @param password the broker password
 * @param application the ARI application, which names the announcement queue
 * @param runTag a client property value that marks this run's connections on the broker
 * @param concurrency handler threads
 * @param consumerChannels channels that carry the dialogues' consumers
 * @param publisherChannels channels that publish commands
 * @param prefetch the prefetch window of each dialogue queue consumer
 * @param announcementPrefetch the prefetch window of the announcement consumer
 * @param maxActiveDialogues how many dialogues may run at once
 * @author ari-queue team
 */
public record ContenderSettings(String host, int port, String username, String password, String application,
		String runTag, int concurrency, int consumerChannels, int publisherChannels, int prefetch,
		int announcementPrefetch, int maxActiveDialogues) {

	/**
	 * The client property that carries {@link #runTag()}.
	 */
	public static final String RUN_TAG_PROPERTY = "ari-queue-benchmark-run";

	/**
	 * These settings for another application.
	 * @param application the ARI application
	 * @return the settings
	 */
	public ContenderSettings withApplication(String application) {
		return new ContenderSettings(this.host, this.port, this.username, this.password, application, this.runTag,
				this.concurrency, this.consumerChannels, this.publisherChannels, this.prefetch,
				this.announcementPrefetch, this.maxActiveDialogues);
	}

}
