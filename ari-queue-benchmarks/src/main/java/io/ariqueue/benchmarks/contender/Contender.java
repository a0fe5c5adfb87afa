package io.ariqueue.benchmarks.contender;

/**
 * An application under test, running the {@link CallScript} in this JVM.
 *
 * @author ari-queue team
 */
public interface Contender extends AutoCloseable {

	/**
	 * The AMQP channels the application holds open now.
	 * @return the count, as the application itself knows it
	 */
	int openChannels();

	/**
	 * Stop taking dialogues and disconnect.
	 */
	@Override
	void close();

}
