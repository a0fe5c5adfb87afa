package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

import static org.awaitility.Awaitility.await;

/**
 * The set-up the proxy's tests share: an ARI server double serving an application of the test's
 * own, ari-queue-proxy in front of it on the test broker, and a client of the proxy (a bare
 * {@link WireClient} or an ari-queue application); all closed after each test, with the
 * application's queue and the queues a test {@linkplain #deleteAfterwards registered}.
 * <p>
 * By default the chain starts before each test; a test class that starts it itself, with other
 * properties per test, overrides {@link #startsBeforeEachTest()} and calls {@link #start(String...)}.
 *
 * @param <C> the type of the client
 * @author ari-queue team
 */
abstract class ProxyTestSupport<C extends AutoCloseable> {

	static final Duration WAIT = Duration.ofSeconds(10);

	protected final RabbitBroker broker = BrokerLocator.shared();

	protected final String application = "proxy-" + getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	protected AriServerDouble asterisk;

	protected RunningProxy proxy;

	protected C client;

	private final List<AutoCloseable> closeables = new ArrayList<>();

	private final List<String> queues = new ArrayList<>();

	/**
	 * Whether the chain starts before each test, with {@link #proxyProperties()}.
	 * @return whether it does
	 */
	protected boolean startsBeforeEachTest() {
		return true;
	}

	/**
	 * The proxy's properties beyond {@link RunningProxy}'s, for the chain started before each test.
	 * @return the properties
	 */
	protected String[] proxyProperties() {
		return new String[0];
	}

	/**
	 * Open the client, once the proxy serves the application.
	 * @return the client
	 * @throws Exception if it cannot connect
	 */
	protected abstract C openClient() throws Exception;

	/**
	 * Runs after each test before anything closes, for example to note the queues the client
	 * saw.
	 */
	protected void beforeStop() {
	}

	/**
	 * Configure the ARI server double.
	 * @param builder the builder, with the test's application
	 * @return the builder
	 */
	protected AriServerDouble.Builder asteriskDouble(AriServerDouble.Builder builder) {
		return builder;
	}

	@BeforeEach
	void startChain() throws Exception {
		if (startsBeforeEachTest()) {
			start(proxyProperties());
		}
	}

	/**
	 * Start the double and the proxy, wait for the proxy's WebSocket, and open the client.
	 * @param properties the proxy's properties
	 */
	protected void start(String... properties) {
		startProxy(properties);
		try {
			this.client = openClient();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not open the client: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Start the double and the proxy and wait for the proxy's WebSocket.
	 * @param properties the proxy's properties
	 */
	protected void startProxy(String... properties) {
		this.asterisk = asteriskDouble(AriServerDouble.builder().applications(this.application)).build();
		this.proxy = RunningProxy.start(this.asterisk, this.application, properties);
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
	}

	/**
	 * Close something after the chain, such as a relay between the proxy and the broker.
	 * @param <T> its type
	 * @param closeable what to close
	 * @return it
	 */
	protected <T extends AutoCloseable> T closeAfterwards(T closeable) {
		this.closeables.add(closeable);
		return closeable;
	}

	/**
	 * Delete queues once the chain is closed.
	 * @param names the queues
	 */
	protected void deleteAfterwards(List<String> names) {
		this.queues.addAll(names);
	}

	@AfterEach
	void stopChain() throws Exception {
		List<AutoCloseable> all = new ArrayList<>();
		if (this.client != null) {
			all.add(() -> {
				try {
					beforeStop();
				}
				finally {
					this.client.close();
				}
			});
		}
		all.add(this.proxy);
		all.add(this.asterisk);
		for (int i = this.closeables.size() - 1; i >= 0; i--) {
			all.add(this.closeables.get(i));
		}
		all.add(() -> this.broker.deleteQueues(this.application));
		all.add(() -> {
			if (!this.queues.isEmpty()) {
				TestQueues.delete(this.queues);
			}
		});
		// each closes even when one before it failed: a proxy left running would hold its threads
		Exception failure = null;
		for (AutoCloseable closeable : all) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
