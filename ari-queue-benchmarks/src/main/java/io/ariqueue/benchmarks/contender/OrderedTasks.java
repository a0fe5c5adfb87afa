package io.ariqueue.benchmarks.contender;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline's per-dialogue event order: tasks run one at a time in submission order on a
 * shared pool, the minimum any hand-written handler pool needs to keep a call's events in order.
 *
 * @author ari-queue team
 */
final class OrderedTasks implements Executor {

	private final Executor workers;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	OrderedTasks(Executor workers) {
		this.workers = workers;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		if (this.pending.getAndIncrement() == 0) {
			this.workers.execute(this::drain);
		}
	}

	private void drain() {
		do {
			try {
				this.tasks.poll().run();
			}
			catch (RuntimeException ex) {
				// a failed event must not stop the dialogue's later events
			}
		}
		while (this.pending.decrementAndGet() > 0);
	}

}
