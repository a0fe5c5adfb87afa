package io.ariqueue.test.simulator;

/**
 * The proxy family whose wire behaviour the simulator reproduces.
 *
 * @author ari-queue
 */
public enum Flavour {

	/**
	 * nvisibleinc/go-ari-proxy: announces before declaring the durable dialogue queues, JSON properties,
	 * Asterisk's raw event JSON, stops reading commands after a StasisEnd.
	 */
	GO_ARI_PROXY,

	/**
	 * skrusty/AsterNET-ARI-Proxy: declares auto-delete dialogue queues with a message TTL before announcing,
	 * no properties, PascalCase events, ASCII command decoding.
	 */
	ASTERNET_ARI_PROXY

}
