package io.ariqueue.proxy.wire;

import java.util.List;

/**
 * Which fields of each ARI event name channels, bridges, playbacks and recordings, as Asterisk's
 * description declares them: an event such as {@code ChannelEnteredBridge}, {@code Dial} or a
 * transfer names several objects, and belongs to every dialogue that owns one of them.
 *
 * @author ari-queue team
 */
public final class AriEventObjects {

	private AriEventObjects() {
	}

	/**
	 * The object fields of an event type.
	 * @param type the event type, for example {@code Dial}
	 * @return the fields, empty for an event that names no object or a type ARI does not describe
	 */
	public static List<AriObjectField> fields(String type) {
		return (type != null) ? AriEventObjectCatalog.FIELDS.getOrDefault(type, List.of()) : List.of();
	}

}
