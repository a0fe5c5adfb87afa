package io.ariqueue.benchmarks.contender;

/**
 * The applications a scenario can run, side by side in one JVM and one run.
 *
 * @author ari-queue team
 */
public enum ContenderKind {

	/**
	 * The hand-written plain amqp-client application every figure is divided by.
	 */
	BASELINE("baseline"),

	/**
	 * ari-queue with a pool of platform handler threads.
	 */
	ARI_QUEUE("ari-queue"),

	/**
	 * ari-queue with {@code spring.threads.virtual.enabled=true}; needs Java 21 or later.
	 */
	ARI_QUEUE_VIRTUAL("ari-queue-virtual"),

	/**
	 * ari-queue with platform handler threads, measured and observed as with Spring Boot's
	 * Actuator: a Prometheus meter registry, and an observation registry whose observations of
	 * handlers and ARI calls become timers. The other ari-queue contenders have neither.
	 */
	ARI_QUEUE_OBSERVED("ari-queue-observed");

	private final String label;

	ContenderKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Start this application.
	 * @param settings the resources it gets
	 * @param script the call logic
	 * @return the running application
	 */
	public Contender start(ContenderSettings settings, CallScript script) {
		return switch (this) {
			case BASELINE -> BaselineContender.start(settings, script);
			case ARI_QUEUE -> AriQueueContender.start(settings, script, false, false);
			case ARI_QUEUE_VIRTUAL -> AriQueueContender.start(settings, script, true, false);
			case ARI_QUEUE_OBSERVED -> AriQueueContender.start(settings, script, false, true);
		};
	}

	/**
	 * The kind with this label.
	 * @param label the label
	 * @return the kind
	 */
	public static ContenderKind of(String label) {
		for (ContenderKind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown contender '" + label + "'");
	}

}
