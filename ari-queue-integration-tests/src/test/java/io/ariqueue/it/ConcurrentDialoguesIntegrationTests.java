package io.ariqueue.it;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 2,000 dialogues held at once in one JVM cost a bounded set of threads and AMQP channels: no
 * dialogue has a thread, connection or channel of its own. The figures are printed for the
 * record; the limits asserted are the design's, not timings.
 *
 * @author ari-queue team
 */
class ConcurrentDialoguesIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(ConcurrentDialoguesIntegrationTests.class);

	private static final int DIALOGUES = 2000;

	private static final Duration WAIT = Duration.ofSeconds(120);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-scale-" + UUID.randomUUID();

	@Test
	void holdsTwoThousandDialoguesOnABoundedSetOfThreadsAndChannels() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.announcementPause(Duration.ZERO)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Answering.class },
						"ari.queue.max-active-dialogues=" + DIALOGUES, "ari.queue.concurrency=16")) {
			ProxyDialogueRuntime runtime = app.runtime();
			Answering answering = app.bean(Answering.class);
			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			int ariThreadsBefore = ariQueueThreads();
			long start = System.nanoTime();
			List<SimulatedCall> calls = new ArrayList<>(DIALOGUES);
			for (int i = 0; i < DIALOGUES; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> answering.answered.get() == DIALOGUES);
			Duration setUp = Duration.ofNanos(System.nanoTime() - start);
			assertThat(runtime.activeDialogues()).isEqualTo(DIALOGUES);

			System.gc();
			long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
			int ariThreads = ariQueueThreads();
			int channels = runtime.openChannels();
			logger.info("{} concurrent dialogues: set up in {} ms; ari-queue threads {} (before the calls {}), JVM threads {}, "
					+ "AMQP connections 2, AMQP channels {}, heap growth after GC {} MB", DIALOGUES, setUp.toMillis(),
					ariThreads, ariThreadsBefore, Thread.activeCount(), channels, heapGrowth / (1024 * 1024));
			assertThat(channels).as("AMQP channels for %d dialogues", DIALOGUES).isLessThanOrEqualTo(32);
			// 16 handlers, at most 4 AMQP dispatchers, 1 timer, 1 command timer, 1 membership timer, 1 queue reaper
			assertThat(ariThreads).as("ari-queue threads for %d dialogues", DIALOGUES).isLessThanOrEqualTo(24);
			assertThat(this.broker.consumerCount(calls.get(0).dialogue().eventsQueue())).isEqualTo(1);

			for (SimulatedCall call : calls) {
				call.hangUpFarEnd();
			}
			await().atMost(WAIT).until(() -> answering.closed.get() == DIALOGUES);
			await().atMost(WAIT).until(() -> runtime.activeDialogues() == 0);
			// deleted in the background once set-up is quiet
			await().atMost(WAIT).until(() -> runtime.queuesAwaitingDeletion() == 0);
			assertThat(calls.get(0).dialogue().clientQueues()).noneMatch(this.broker::queueExists);
			assertThat(calls.get(DIALOGUES - 1).dialogue().clientQueues()).noneMatch(this.broker::queueExists);
		}
	}

	private static int ariQueueThreads() {
		return (int) Thread.getAllStackTraces().keySet().stream().filter((thread) -> thread.getName().startsWith("ari-queue-")).count();
	}

	@Component
	static class Answering {

		final AtomicInteger answered = new AtomicInteger();

		final AtomicInteger closed = new AtomicInteger();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.answered.incrementAndGet();
		}

		@DialogueClosed
		void closed() {
			this.closed.incrementAndGet();
		}

	}

}
