package io.ariqueue.test.simulator.asterisk;

import java.util.Map;

/**
 * A read-only view of a fake Asterisk channel at one moment.
 *
 * @param id the channel id
 * @param name the channel name
 * @param state the ARI state: {@code Down}, {@code Ring}, {@code Ringing}, {@code Up}...
 * @param inStasis whether the channel is in the Stasis application now
 * @param hungUp whether the channel has been destroyed
 * @param bridgeId the bridge it is in, or {@code null}
 * @param variables its channel variables
 * @param dtmfSent the DTMF digits the application sent to it with {@code POST /channels/{id}/dtmf}
 * @param context the dialplan context
 * @param exten the dialplan extension
 * @param priority the dialplan priority
 * @author ari-queue
 */
public record ChannelSnapshot(String id, String name, String state, boolean inStasis, boolean hungUp, String bridgeId,
		Map<String, String> variables, String dtmfSent, String context, String exten, long priority) {

	/**
	 * Create a snapshot.
	 * @param id the channel id
	 * @param name the channel name
	 * @param state the ARI state
	 * @param inStasis whether in Stasis
	 * @param hungUp whether destroyed
	 * @param bridgeId the bridge id or {@code null}
	 * @param variables the variables
	 * @param dtmfSent the DTMF sent to it
	 * @param context the dialplan context
	 * @param exten the dialplan extension
	 * @param priority the dialplan priority
	 */
	public ChannelSnapshot {
		variables = Map.copyOf(variables);
	}

}
