package io.ariqueue.proxy.dialogue;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import io.ariqueue.ari.event.AriEventReader;
import io.ariqueue.handler.AriEventDispatcher;
import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.MessagePublisher;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.session.DialogueCloseReason;

/**
 * What every dialogue of a runtime works with.
 *
 * @param settings the runtime settings
 * @param dispatcher where events and the dialogue callbacks go
 * @param workers runs handlers
 * @param codec reads and writes the proxy's messages
 * @param eventReader reads ARI events
 * @param commandIds issues {@code unique_id}s
 * @param commandTimer times commands out, and nothing else, so that no other work delays a time-out
 * @param consumers consumes the dialogue queues
 * @param publisher publishes commands
 * @param publisherConnected whether commands can be published now
 * @param counters what the runtime counts
 * @param instrumentation how the runtime is observed
 * @param ended told once when a dialogue has ended
 * @author ari-queue team
 */
record DialogueServices(ProxyRuntimeSettings settings, AriEventDispatcher dispatcher, Executor workers,
		ProxyWireCodec codec, AriEventReader eventReader, CommandIds commandIds, ScheduledExecutorService commandTimer,
		ConsumerChannelPool consumers, MessagePublisher publisher, BooleanSupplier publisherConnected,
		RuntimeCounters counters, RuntimeInstrumentation instrumentation, EndListener ended) {

	/**
	 * Told when a dialogue has ended.
	 */
	@FunctionalInterface
	interface EndListener {

		void ended(Dialogue dialogue, DialogueCloseReason reason);

	}

}
