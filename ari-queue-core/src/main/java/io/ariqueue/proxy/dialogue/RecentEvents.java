package io.ariqueue.proxy.dialogue;

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
		// FNV-1a, 64 bit: cheap and well spread over short JSON bodies
		long hash = 0xcbf29ce484222325L;
		for (byte b : body) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
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
