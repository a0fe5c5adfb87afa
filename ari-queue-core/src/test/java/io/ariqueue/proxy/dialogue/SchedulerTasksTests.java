package io.ariqueue.proxy.dialogue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled task that throws is seen, and a periodic one runs again.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class SchedulerTasksTests {

	@Test
	void aPeriodicTaskThatThrowsIsLoggedAndRunsAgain(CapturedOutput output) throws Exception {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try {
			CountDownLatch runs = new CountDownLatch(3);
			scheduler.scheduleWithFixedDelay(SchedulerTasks.logged("end idle dialogues", () -> {
				runs.countDown();
				throw new IllegalStateException("simulated failure");
			}), 0, 10, TimeUnit.MILLISECONDS);
			assertThat(runs.await(5, TimeUnit.SECONDS)).as("runs after throwing").isTrue();
			assertThat(output).contains("ari-queue could not end idle dialogues; it goes on")
				.contains("simulated failure");
		}
		finally {
			scheduler.shutdownNow();
		}
	}

}
