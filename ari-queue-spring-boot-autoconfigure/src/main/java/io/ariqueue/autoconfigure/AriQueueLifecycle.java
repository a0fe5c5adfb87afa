package io.ariqueue.autoconfigure;

import org.springframework.context.SmartLifecycle;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

/**
 * Starts the dialogue runtime once the context is ready and stops it gracefully, ahead of the
 * beans it uses.
 *
 * @author ari-queue team
 */
class AriQueueLifecycle implements SmartLifecycle {

	/**
	 * The phase of Spring AMQP's listener containers: the last to start and the first to stop, so
	 * that handlers find the beans they use (the web server, which starts and stops in
	 * {@code DEFAULT_PHASE - 2048}, included) running, and calls stop coming in before those beans
	 * stop.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE;

	private final ProxyDialogueRuntime runtime;

	AriQueueLifecycle(ProxyDialogueRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void start() {
		this.runtime.start();
	}

	@Override
	public void stop() {
		this.runtime.stop();
	}

	@Override
	public boolean isRunning() {
		return this.runtime.isRunning();
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
