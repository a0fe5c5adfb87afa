package io.ariqueue.proxy.dialogue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fingerprints of the last events a dialogue handled. After a connection failure the broker
 * redelivers every event whose acknowledgement it did not receive, including one whose handlers
 * had already run: such a redelivery matches a fingerprint here and is not handled twice.
 * <p>
 * At most a consumer's prefetch window of events can be in that state (the broker delivers no
 * more unacknowledged ones), so a ring of that many 64-bit hashes and lengths is enough. Used
 * from the dialogue's serial executor only.
 *
 * @author ari-queue team
 */
final class RecentEvents {

	private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private final int size;

	private long[] hashes;

	private int[] lengths;

	private int next;

	/**
	 * Create an empty ring.
	 * @param size how many events it remembers: the consumer's prefetch window
	 */
	RecentEvents(int size) {
		this.size = Math.max(1, size);
	}

	static long fingerprint(byte[] body) {
		// every event is fingerprinted, so eight bytes a step: a multiply-rotate mix of 64-bit
		// words, then the tail a byte at a time, then a final avalanche
		long hash = 0x9e3779b97f4a7c15L ^ body.length;
		int i = 0;
		for (; i + Long.BYTES <= body.length; i += Long.BYTES) {
			hash = Long.rotateLeft(hash ^ ((long) WORDS.get(body, i) * 0xc2b2ae3d27d4eb4fL), 31) * 0x9e3779b97f4a7c15L;
		}
		for (; i < body.length; i++) {
			hash = Long.rotateLeft(hash ^ ((body[i] & 0xffL) * 0xc2b2ae3d27d4eb4fL), 31) * 0x9e3779b97f4a7c15L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		return hash ^ (hash >>> 33);
	}

	boolean contains(long fingerprint, int length) {
		if (this.hashes == null) {
			return false;
		}
		for (int i = 0; i < this.size; i++) {
			if (this.hashes[i] == fingerprint && this.lengths[i] == length) {
				return true;
			}
		}
		return false;
	}

	void add(long fingerprint, int length) {
		if (this.hashes == null) {
			this.hashes = new long[this.size];
			this.lengths = new int[this.size];
			java.util.Arrays.fill(this.lengths, -1);
		}
		this.hashes[this.next] = fingerprint;
		this.lengths[this.next] = length;
		this.next = (this.next + 1) % this.size;
	}

}
