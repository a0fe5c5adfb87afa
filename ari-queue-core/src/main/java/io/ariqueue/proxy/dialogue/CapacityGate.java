package io.ariqueue.proxy.dialogue;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The slots of the active-dialogue limit: a dialogue holds one from the moment its set-up or
 * adoption begins until it has ended, whether it started or not.
 *
 * @author ari-queue team
 */
final class CapacityGate {

	private final int limit;

	private final AtomicInteger reserved = new AtomicInteger();

	/**
	 * Create a gate.
	 * @param limit how many slots there are
	 */
	CapacityGate(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("The limit must be at least 1");
		}
		this.limit = limit;
	}

	/**
	 * Take a slot if one is free.
	 * @return whether a slot was taken
	 */
	boolean tryReserve() {
		while (true) {
			int current = this.reserved.get();
			if (current >= this.limit) {
				return false;
			}
			if (this.reserved.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	/**
	 * Give a slot back.
	 * @return whether a slot is free now
	 */
	boolean release() {
		int now = this.reserved.decrementAndGet();
		if (now < 0) {
			this.reserved.incrementAndGet();
			throw new IllegalStateException("A slot was released that was never reserved");
		}
		return now < this.limit;
	}

	/**
	 * Whether every slot is taken.
	 * @return whether the gate is full
	 */
	boolean isFull() {
		return this.reserved.get() >= this.limit;
	}

	/**
	 * How many slots are taken.
	 * @return the count
	 */
	int reserved() {
		return this.reserved.get();
	}

}
