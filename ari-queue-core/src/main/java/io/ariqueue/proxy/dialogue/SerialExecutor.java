package io.ariqueue.proxy.dialogue;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one dialogue's tasks one at a time, in submission order, on a shared executor: a dialogue
 * holds a worker only while it has work. After a batch it yields the worker, so that a busy
 * dialogue does not starve the others.
 *
 * @author ari-queue team
 */
final class SerialExecutor implements Executor {

	private static final Logger logger = LoggerFactory.getLogger(SerialExecutor.class);

	private static final int BATCH = 64;

	private final Executor workers;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	SerialExecutor(Executor workers) {
		this.workers = workers;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		if (this.pending.getAndIncrement() == 0) {
			schedule();
		}
	}

	boolean isIdle() {
		return this.pending.get() == 0;
	}

	private void schedule() {
		try {
			this.workers.execute(this::drain);
		}
		catch (RejectedExecutionException ex) {
			// the workers are shutting down: finish here rather than lose the dialogue's last tasks
			drain();
		}
	}

	private void drain() {
		int budget = BATCH;
		while (true) {
			Runnable task = this.tasks.poll();
			try {
				task.run();
			}
			catch (Throwable ex) {
				logger.error("Dialogue task failed", ex);
			}
			if (this.pending.decrementAndGet() == 0) {
				return;
			}
			if (--budget == 0) {
				schedule();
				return;
			}
		}
	}

}
