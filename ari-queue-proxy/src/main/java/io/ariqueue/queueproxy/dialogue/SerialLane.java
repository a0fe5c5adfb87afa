package io.ariqueue.queueproxy.dialogue;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one dialogue's tasks one after another, in the order they were given, on a pool shared
 * by all dialogues: a dialogue's commands never overtake each other, and different dialogues run
 * side by side.
 *
 * @author ari-queue team
 */
public final class SerialLane {

	private static final Logger logger = LoggerFactory.getLogger(SerialLane.class);

	private final Executor pool;

	private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

	private boolean running;

	/**
	 * Create a lane.
	 * @param pool the shared pool
	 */
	public SerialLane(Executor pool) {
		this.pool = pool;
	}

	/**
	 * Run a task after those given before it.
	 * @param task the task
	 */
	public void execute(Runnable task) {
		synchronized (this) {
			this.tasks.add(task);
			if (this.running) {
				return;
			}
			this.running = true;
		}
		this.pool.execute(this::runAll);
	}

	/**
	 * Whether no task waits or runs.
	 * @return whether the lane is idle
	 */
	public synchronized boolean isIdle() {
		return !this.running && this.tasks.isEmpty();
	}

	private void runAll() {
		while (true) {
			Runnable task;
			synchronized (this) {
				task = this.tasks.poll();
				if (task == null) {
					this.running = false;
					notifyAll();
					return;
				}
			}
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.error("A dialogue task failed", ex);
			}
		}
	}

	/**
	 * Wait until the lane is idle.
	 * @param millis the longest wait
	 * @return whether it is idle
	 */
	public synchronized boolean awaitIdle(long millis) {
		long deadline = System.currentTimeMillis() + millis;
		try {
			long left;
			while ((this.running || !this.tasks.isEmpty()) && (left = deadline - System.currentTimeMillis()) > 0) {
				wait(left);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return !this.running && this.tasks.isEmpty();
	}

}
