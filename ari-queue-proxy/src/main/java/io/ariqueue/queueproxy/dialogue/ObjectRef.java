package io.ariqueue.queueproxy.dialogue;

import io.ariqueue.proxy.wire.AriObjectKind;

/**
 * An Asterisk object a dialogue may own.
 *
 * @param kind what it is
 * @param id its id (a recording's name)
 * @author ari-queue team
 */
public record ObjectRef(AriObjectKind kind, String id) {

	/**
	 * A channel.
	 * @param id the channel id
	 * @return the reference
	 */
	public static ObjectRef channel(String id) {
		return new ObjectRef(AriObjectKind.CHANNEL, id);
	}

	/**
	 * A bridge.
	 * @param id the bridge id
	 * @return the reference
	 */
	public static ObjectRef bridge(String id) {
		return new ObjectRef(AriObjectKind.BRIDGE, id);
	}

}
