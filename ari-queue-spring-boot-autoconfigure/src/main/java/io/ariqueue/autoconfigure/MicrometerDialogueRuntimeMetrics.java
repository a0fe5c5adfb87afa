package io.ariqueue.autoconfigure;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics;
import io.ariqueue.session.DialogueCloseReason;

/**
 * Counts what a dialogue runtime does in a {@link MeterRegistry}:
 * <ul>
 * <li>{@code ari.queue.dialogues.started}, tag {@code origin} = {@code announced} |
 * {@code adopted};</li>
 * <li>{@code ari.queue.dialogues.ended}, tag {@code reason} = the
 * {@link DialogueCloseReason} in lower case;</li>
 * <li>{@code ari.queue.adoptions}: dialogues taken over from an instance that died or left;</li>
 * <li>{@code ari.queue.messages.rejected}, tags {@code queue} = {@code application} |
 * {@code events} | {@code responses} and {@code cause} = {@code malformed} | {@code oversized} |
 * {@code unknown_response};</li>
 * <li>{@code ari.queue.announcements.returned}: announcements handed back at the active-dialogue
 * limit;</li>
 * <li>{@code ari.queue.events.delay}, a timer tagged {@code event.type}: from Asterisk's event
 * timestamp to the start of the event's handlers, on this host's clock (an event without a
 * timestamp, or one that seems to come from the future because the clocks differ, is not
 * recorded).</li>
 * </ul>
 * Every tag value comes from a closed set.
 *
 * @author ari-queue team
 */
public class MicrometerDialogueRuntimeMetrics implements DialogueRuntimeMetrics {

	private static final String PREFIX = "ari.queue.";

	private final MeterRegistry registry;

	private final Counter startedAnnounced;

	private final Counter startedAdopted;

	private final Counter adoptions;

	private final Counter announcementsReturned;

	private final Map<DialogueCloseReason, Counter> ended = new EnumMap<>(DialogueCloseReason.class);

	private final Map<MessageQueue, Map<RejectionCause, Counter>> rejected = new EnumMap<>(MessageQueue.class);

	private final Map<String, Timer> delays = new ConcurrentHashMap<>();

	/**
	 * Create an instance that registers its meters in a registry.
	 * @param registry the registry
	 */
	public MicrometerDialogueRuntimeMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.startedAnnounced = started("announced");
		this.startedAdopted = started("adopted");
		this.adoptions = Counter.builder(PREFIX + "adoptions")
			.description("Dialogues taken over from an instance that died or left")
			.register(registry);
		this.announcementsReturned = Counter.builder(PREFIX + "announcements.returned")
			.description("Announcements handed back to their queue at the active-dialogue limit")
			.register(registry);
		for (DialogueCloseReason reason : DialogueCloseReason.values()) {
			this.ended.put(reason, Counter.builder(PREFIX + "dialogues.ended")
				.description("Dialogues ended here, by reason")
				.tag("reason", reason.name().toLowerCase(Locale.ROOT))
				.register(registry));
		}
		for (MessageQueue queue : MessageQueue.values()) {
			this.rejected.put(queue, new EnumMap<>(RejectionCause.class));
		}
	}

	private Counter started(String origin) {
		return Counter.builder(PREFIX + "dialogues.started")
			.description("Dialogues started here, announced or adopted")
			.tag("origin", origin)
			.register(this.registry);
	}

	@Override
	public void dialogueStarted(boolean adopted) {
		if (adopted) {
			this.startedAdopted.increment();
			this.adoptions.increment();
		}
		else {
			this.startedAnnounced.increment();
		}
	}

	@Override
	public void dialogueEnded(DialogueCloseReason reason) {
		this.ended.get(reason).increment();
	}

	@Override
	public void messageRejected(MessageQueue queue, RejectionCause cause) {
		Map<RejectionCause, Counter> byCause = this.rejected.get(queue);
		Counter counter;
		synchronized (byCause) {
			// only the pairs that happen become meters: no zero series for an impossible pair
			counter = byCause.computeIfAbsent(cause, (key) -> Counter.builder(PREFIX + "messages.rejected")
				.description("Messages rejected, by the kind of queue they came from and why")
				.tag("queue", queue.value())
				.tag("cause", key.value())
				.register(this.registry));
		}
		counter.increment();
	}

	@Override
	public void announcementReturned() {
		this.announcementsReturned.increment();
	}

	@Override
	public void handlingEvent(String eventType, OffsetDateTime timestamp) {
		if (timestamp == null) {
			return;
		}
		long delayMillis = this.registry.config().clock().wallTime() - timestamp.toInstant().toEpochMilli();
		if (delayMillis >= 0) {
			this.delays.computeIfAbsent(eventType, this::delayTimer).record(delayMillis, TimeUnit.MILLISECONDS);
		}
	}

	private Timer delayTimer(String eventType) {
		return Timer.builder(PREFIX + "events.delay")
			.description("From Asterisk's event timestamp to the start of the event's handlers")
			.tag("event.type", eventType)
			.register(this.registry);
	}

}
