package io.ariqueue.proxy.dialogue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The slots of the active-dialogue limit.
 *
 * @author ari-queue team
 */
class CapacityGateTests {

	@Test
	void reservesUpToItsLimitAndSaysWhenRoomIsBack() {
		CapacityGate gate = new CapacityGate(2);
		assertThat(gate.tryReserve()).isTrue();
		assertThat(gate.isFull()).isFalse();
		assertThat(gate.tryReserve()).isTrue();
		assertThat(gate.isFull()).isTrue();
		assertThat(gate.tryReserve()).isFalse();
		assertThat(gate.reserved()).isEqualTo(2);
		assertThat(gate.release()).as("room again").isTrue();
		assertThat(gate.reserved()).isOne();
	}

	@Test
	void neverGivesMoreSlotsThanItHasUnderContention() throws Exception {
		CapacityGate gate = new CapacityGate(50);
		AtomicInteger granted = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		for (int i = 0; i < 8; i++) {
			threads.execute(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				for (int j = 0; j < 1000; j++) {
					if (gate.tryReserve()) {
						granted.incrementAndGet();
					}
				}
			});
		}
		go.countDown();
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(granted).hasValue(50);
		assertThat(gate.reserved()).isEqualTo(50);
	}

	@Test
	void aReleaseWithoutAReservationIsABugThatIsCaught() {
		CapacityGate gate = new CapacityGate(1);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(gate::release);
		assertThat(gate.reserved()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new CapacityGate(0));
	}

}
