package io.ariqueue.queueproxy.dialogue;

import java.time.Duration;

import io.ariqueue.proxy.ProxyPreset;

/**
 * How dialogues live and end.
 *
 * @param serverId this proxy's server id, in every announcement and event
 * @param preset the proxy family whose queue life to reproduce
 * @param gracePeriod how long an ended dialogue's queues stay, so that late events still reach a
 * slow client
 * @param deleteQueues whether to delete an ended dialogue's queues (not under the AsterNET preset,
 * whose queues delete themselves)
 * @param destroyLeftoverBridges whether to destroy the bridges a dialogue created and left behind
 * @param dialogueVariable the channel variable that records a channel's dialogue in Asterisk
 * @param clientCheckInterval how often to look whether clients still consume their dialogues'
 * queues; zero for never
 * @param clientReleaseTimeout how long to wait, at the end, for a client to stop consuming before
 * deleting its queues anyway
 * @author ari-queue team
 */
public record DialogueSettings(String serverId, ProxyPreset preset, Duration gracePeriod, boolean deleteQueues,
		boolean destroyLeftoverBridges, String dialogueVariable, Duration clientCheckInterval,
		Duration clientReleaseTimeout) {

	/**
	 * The channel variable that records the bridges a channel's dialogue created, read back after
	 * a restart.
	 * @return the variable's name
	 */
	public String bridgesVariable() {
		return this.dialogueVariable + "_BRIDGES";
	}

	boolean deletesQueues() {
		// AsterNET-ARI-Proxy's dialogue queues delete themselves
		return this.deleteQueues && this.preset != ProxyPreset.ASTERNET_ARI_PROXY;
	}

}
