package io.ariqueue.queueproxy.amqp;

import java.time.Duration;

import io.ariqueue.proxy.ProxyPreset;

/**
 * How the proxy uses the broker.
 *
 * @param preset the proxy family whose queues and message properties to reproduce
 * @param consumerChannels the channels that consume the dialogues' command queues
 * @param publisherChannels the channels that publish
 * @param prefetch the prefetch window of each command consumer
 * @param publisherConfirms whether to wait for the broker's confirmation of each publication
 * @param rpcTimeout how long to wait for the broker's answers
 * @param adminChannels the channels that declare queues; a new dialogue takes three at once
 * @author ari-queue team
 */
public record BrokerSettings(ProxyPreset preset, int consumerChannels, int publisherChannels, int prefetch,
		boolean publisherConfirms, Duration rpcTimeout, int adminChannels) {
}
