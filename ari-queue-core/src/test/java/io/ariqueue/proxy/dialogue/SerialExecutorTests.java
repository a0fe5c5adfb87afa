package io.ariqueue.proxy.dialogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SerialExecutor}: one dialogue's tasks one at a time and in order, on workers that it
 * holds only while it has work. Most tests run the workers by hand, to pin an interleaving.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class SerialExecutorTests {

	private final ManualWorkers workers = new ManualWorkers();

	@Test
	void tasksRunInSubmissionOrderAndNeverTwoAtOnceOnARealPool() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			SerialExecutor serial = new SerialExecutor(pool);
			List<Integer> ran = new ArrayList<>();
			AtomicInteger running = new AtomicInteger();
			AtomicInteger mostAtOnce = new AtomicInteger();
			CountDownLatch done = new CountDownLatch(5000);
			for (int i = 0; i < 5000; i++) {
				int task = i;
				serial.execute(() -> {
					mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
					ran.add(task);
					running.decrementAndGet();
					done.countDown();
				});
			}
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(mostAtOnce.get()).isEqualTo(1);
			assertThat(ran).hasSize(5000).isSorted();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWorkerIsTakenOnlyWhenWorkArrivesAndTasksAddedMeanwhileRideAlong() {
		SerialExecutor serial = new SerialExecutor(this.workers);
		assertThat(serial.isIdle()).isTrue();
		List<String> ran = new ArrayList<>();
		serial.execute(() -> ran.add("a"));
		serial.execute(() -> ran.add("b"));
		assertThat(this.workers.queued()).isEqualTo(1);
		assertThat(serial.isIdle()).isFalse();
		this.workers.runNext();
		assertThat(ran).containsExactly("a", "b");
		assertThat(serial.isIdle()).isTrue();
		assertThat(this.workers.queued()).isZero();
		serial.execute(() -> ran.add("c"));
		assertThat(this.workers.queued()).isEqualTo(1);
		this.workers.runAll();
		assertThat(ran).containsExactly("a", "b", "c");
	}

	@Test
	void aTaskSubmittedByARunningTaskRunsAfterItOnTheSameWorker() {
		SerialExecutor serial = new SerialExecutor(this.workers);
		List<String> ran = new ArrayList<>();
		serial.execute(() -> {
			serial.execute(() -> ran.add("inner"));
			ran.add("outer");
		});
		this.workers.runNext();
		assertThat(ran).containsExactly("outer", "inner");
		assertThat(this.workers.queued()).isZero();
	}

	@Test
	void aFailedTaskIsLoggedAndTheNextOneStillRuns(CapturedOutput output) {
		SerialExecutor serial = new SerialExecutor(this.workers);
		List<String> ran = new ArrayList<>();
		serial.execute(() -> {
			throw new IllegalStateException("handler bug");
		});
		serial.execute(() -> {
			throw new AssertionError("an Error too");
		});
		serial.execute(() -> ran.add("next"));
		this.workers.runAll();
		assertThat(ran).containsExactly("next");
		assertThat(serial.isIdle()).isTrue();
		assertThat(output).contains("Dialogue task failed").contains("handler bug").contains("an Error too");
	}

	@Test
	void aBusyDialogueYieldsItsWorkerAfterABatchSoOthersGetTheirTurn() {
		SerialExecutor busy = new SerialExecutor(this.workers);
		SerialExecutor other = new SerialExecutor(this.workers);
		List<String> ran = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			int task = i;
			busy.execute(() -> ran.add("busy-" + task));
		}
		other.execute(() -> ran.add("other"));
		this.workers.runNext();
		// 64 tasks, then back in line behind the other dialogue
		assertThat(ran).hasSize(64).last().isEqualTo("busy-63");
		assertThat(this.workers.queued()).isEqualTo(2);
		this.workers.runNext();
		assertThat(ran).last().isEqualTo("other");
		this.workers.runAll();
		assertThat(ran).hasSize(101).endsWith("busy-99");
		assertThat(busy.isIdle()).isTrue();
		assertThat(other.isIdle()).isTrue();
	}

	@Test
	void whenTheWorkersRefuseWorkTheTasksRunOnTheSubmittingThread() {
		Executor refusing = (task) -> {
			throw new RejectedExecutionException("shutting down");
		};
		SerialExecutor serial = new SerialExecutor(refusing);
		List<String> threads = new ArrayList<>();
		serial.execute(() -> threads.add(Thread.currentThread().getName()));
		serial.execute(() -> threads.add(Thread.currentThread().getName()));
		assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(2);
		assertThat(serial.isIdle()).isTrue();
	}

	/**
	 * Workers that a test runs by hand, one queued drain at a time.
	 */
	private static final class ManualWorkers implements Executor {

		private final Queue<Runnable> queue = new ArrayDeque<>();

		@Override
		public void execute(Runnable command) {
			this.queue.add(command);
		}

		int queued() {
			return this.queue.size();
		}

		void runNext() {
			this.queue.remove().run();
		}

		void runAll() {
			while (!this.queue.isEmpty()) {
				runNext();
			}
		}

	}

}
