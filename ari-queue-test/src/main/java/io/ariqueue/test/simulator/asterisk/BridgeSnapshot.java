package io.ariqueue.test.simulator.asterisk;

import java.util.List;

/**
 * A read-only view of a fake Asterisk bridge at one moment.
 *
 * @param id the bridge id
 * @param name the bridge name
 * @param bridgeType the bridge type, e.g. {@code mixing} or {@code holding}
 * @param channels the ids of the channels in it
 * @param destroyed whether it has been destroyed
 * @author ari-queue
 */
public record BridgeSnapshot(String id, String name, String bridgeType, List<String> channels, boolean destroyed) {

	/**
	 * Create a snapshot.
	 * @param id the bridge id
	 * @param name the bridge name
	 * @param bridgeType the bridge type
	 * @param channels the channel ids
	 * @param destroyed whether destroyed
	 */
	public BridgeSnapshot {
		channels = List.copyOf(channels);
	}

}
