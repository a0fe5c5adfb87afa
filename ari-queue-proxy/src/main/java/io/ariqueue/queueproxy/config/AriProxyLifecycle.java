package io.ariqueue.queueproxy.config;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

import io.ariqueue.queueproxy.AriQueueProxy;

/**
 * Starts the proxy with the application context and stops it gracefully: events stop, running
 * commands finish, and the queues of live calls stay for the next start.
 *
 * @author ari-queue team
 */
public class AriProxyLifecycle implements SmartLifecycle {

	private final AriQueueProxy proxy;

	private final Duration shutdownTimeout;

	private volatile boolean running;

	AriProxyLifecycle(AriQueueProxy proxy, Duration shutdownTimeout) {
		this.proxy = proxy;
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public void start() {
		this.proxy.start();
		this.running = true;
	}

	@Override
	public void stop() {
		this.proxy.stop(this.shutdownTimeout.toMillis());
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// started last and stopped first: health stays reachable while calls are handed over
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
