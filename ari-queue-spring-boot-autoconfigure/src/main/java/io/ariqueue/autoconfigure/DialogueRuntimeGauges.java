package io.ariqueue.autoconfigure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

/**
 * The gauges of a dialogue runtime: {@code ari.queue.dialogues.active}, the dialogues it runs,
 * and {@code ari.queue.queues.deletion.pending}, the queues of ended dialogues that wait to be
 * deleted.
 * <p>
 * Not a {@code MeterBinder}: Spring Boot binds those to its registries only, and these must be
 * bound once to the application's registry, whatever it is.
 *
 * @author ari-queue team
 */
public class DialogueRuntimeGauges {

	private final ProxyDialogueRuntime runtime;

	/**
	 * Create the gauges of a runtime.
	 * @param runtime the runtime
	 */
	public DialogueRuntimeGauges(ProxyDialogueRuntime runtime) {
		this.runtime = runtime;
	}

	/**
	 * Register the gauges.
	 * @param registry where
	 */
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("ari.queue.dialogues.active", this.runtime, ProxyDialogueRuntime::activeDialogues)
			.description("Dialogues running here")
			.register(registry);
		Gauge.builder("ari.queue.queues.deletion.pending", this.runtime, ProxyDialogueRuntime::queuesAwaitingDeletion)
			.description("Queues of ended dialogues waiting to be deleted")
			.register(registry);
	}

}
