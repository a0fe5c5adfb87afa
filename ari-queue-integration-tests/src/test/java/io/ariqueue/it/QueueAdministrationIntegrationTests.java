package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueDeclarationException;
import io.ariqueue.proxy.amqp.QueueReaper;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Declaring a dialogue's queues side by side and deleting them in the background, against the
 * real broker.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class QueueAdministrationIntegrationTests {

	private static final QueueSettings GO_PROXY = new QueueSettings(true, false, false, null);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String prefix = "it-admin-" + UUID.randomUUID() + "-";

	private final List<String> queues = new ArrayList<>();

	private Connection connection;

	@BeforeEach
	void connect() throws Exception {
		this.connection = this.broker.connectionFactory().newConnection();
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.connection.close();
		this.broker.deleteQueues(this.queues);
	}

	@Test
	void declareAllDeclaresEachQueueAndCountsItsConsumers() throws Exception {
		String events = queue("events");
		String responses = queue("responses");
		String commands = queue("commands");
		try (Channel proxy = this.connection.createChannel()) {
			// the proxy made one of them already and consumes it
			proxy.queueDeclare(commands, true, false, false, null);
			proxy.basicConsume(commands, true, new DefaultConsumer(proxy));
			try (QueueAdmin admin = new QueueAdmin(this.connection, 3, WAIT)) {
				int[] consumers = admin.declareAll(List.of(events, responses, commands), List.of(GO_PROXY, GO_PROXY, GO_PROXY));
				assertThat(consumers).containsExactly(0, 0, 1);
				assertThat(this.broker.queueExists(events)).isTrue();
				assertThat(this.broker.queueExists(responses)).isTrue();
				// the three channels are kept for the next dialogue
				assertThat(admin.openChannels()).isEqualTo(3);
			}
		}
	}

	@Test
	void declareAllNamesTheFirstQueueWhoseFlagsDifferAndKeepsTheConnection() throws Exception {
		String events = queue("events");
		String responses = queue("responses");
		String commands = queue("commands");
		try (Channel proxy = this.connection.createChannel()) {
			// made by a proxy configured otherwise: not durable
			proxy.queueDeclare(responses, false, false, false, null);
			proxy.queueDeclare(commands, false, false, false, null);
		}
		try (QueueAdmin admin = new QueueAdmin(this.connection, 3, WAIT)) {
			List<QueueSettings> goProxy = List.of(GO_PROXY, GO_PROXY, GO_PROXY);
			for (int attempt = 0; attempt < 3; attempt++) {
				assertThatExceptionOfType(QueueDeclarationException.class)
					.isThrownBy(() -> admin.declareAll(List.of(events, responses, commands), goProxy))
					.satisfies((ex) -> {
						assertThat(ex.isPreconditionFailed()).isTrue();
						assertThat(ex.getQueue()).isEqualTo(responses);
					});
				// the refused declarations closed their channels only; the one that worked is kept
				assertThat(admin.openChannels()).isEqualTo(1);
			}
			assertThat(admin.declareAll(List.of(events), List.of(GO_PROXY))).containsExactly(0);
			assertThat(this.connection.isOpen()).isTrue();
		}
	}

	@Test
	void callersWaitForAFreeChannelRatherThanOpenMore() throws Exception {
		List<QueueSettings> goProxy = List.of(GO_PROXY, GO_PROXY, GO_PROXY);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try (QueueAdmin admin = new QueueAdmin(this.connection, 3, WAIT)) {
			List<Future<int[]>> results = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				List<String> three = List.of(queue("e" + i), queue("r" + i), queue("c" + i));
				results.add(callers.submit(() -> admin.declareAll(three, goProxy)));
			}
			for (Future<int[]> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).containsExactly(0, 0, 0);
			}
			assertThat(admin.openChannels()).isEqualTo(3);
			assertThat(this.broker.queueExists(this.prefix + "c23")).isTrue();
			assertThatIllegalArgumentException()
				.isThrownBy(() -> admin.declareAll(List.of("a", "b", "c", "d"), List.of(GO_PROXY, GO_PROXY, GO_PROXY, GO_PROXY)))
				.withMessage("Cannot declare 4 queues side by side on 3 channels");
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void reaperDeletesAtOnceWhenNotBusy() {
		List<String> names = declare(3);
		try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ofMinutes(1), () -> false, Thread::new)) {
			reaper.delete(names);
			await().atMost(WAIT).until(() -> names.stream().noneMatch(this.broker::queueExists));
			assertThat(reaper.pending()).isZero();
		}
	}

	@Test
	void reaperWaitsWhileBusyButNoLongerThanTheMaximumDelay() {
		List<String> early = declare(2);
		List<String> late = declare(2);
		AtomicBoolean busy = new AtomicBoolean(true);
		try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ofMillis(1500), busy::get, Thread::new)) {
			long start = System.nanoTime();
			reaper.delete(early);
			await().atMost(WAIT).until(() -> early.stream().noneMatch(this.broker::queueExists));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
			reaper.delete(late);
			assertThat(reaper.pending()).isEqualTo(2);
			// once set-up pauses, the rest go at once
			busy.set(false);
			await().atMost(Duration.ofMillis(1000)).until(() -> late.stream().noneMatch(this.broker::queueExists));
		}
	}

	@Test
	void flushDeletesEverythingNowEvenWhenBusy() {
		List<String> names = declare(40);
		try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ofHours(1), () -> true, Thread::new)) {
			reaper.delete(names);
			assertThat(reaper.flush(WAIT)).isTrue();
			assertThat(names).noneMatch(this.broker::queueExists);
			assertThat(reaper.pending()).isZero();
		}
	}

	@Test
	void aQueueAlreadyGoneIsFine(CapturedOutput output) {
		List<String> names = declare(2);
		List<String> withMissing = List.of(names.get(0), queue("never-declared"), names.get(1));
		try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ZERO, () -> false, Thread::new)) {
			reaper.delete(withMissing);
			assertThat(reaper.flush(WAIT)).isTrue();
		}
		assertThat(names).noneMatch(this.broker::queueExists);
		assertThat(output).doesNotContain("Could not delete");
	}

	@Test
	void aRefusedBatchIsReportedAndTheNextOneStillGoes(CapturedOutput output) throws Exception {
		String locked = queue("locked");
		try (Connection owner = this.broker.connectionFactory().newConnection();
				Channel channel = owner.createChannel()) {
			// an exclusive queue of another connection: deleting it is refused with 405 RESOURCE_LOCKED
			channel.queueDeclare(locked, false, true, false, null);
			try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ZERO, () -> false, Thread::new)) {
				reaper.delete(List.of(locked));
				assertThat(reaper.flush(WAIT)).isTrue();
				await().atMost(WAIT).untilAsserted(() -> assertThat(output).contains("Could not delete 1 queues, among them " + locked));
				List<String> next = declare(2);
				reaper.delete(next);
				assertThat(reaper.flush(WAIT)).isTrue();
				assertThat(next).noneMatch(this.broker::queueExists);
			}
		}
	}

	@Test
	void aRefusalInABatchLosesNoOtherQueueOfIt(CapturedOutput output) throws Exception {
		String locked = queue("locked");
		try (Connection owner = this.broker.connectionFactory().newConnection();
				Channel channel = owner.createChannel()) {
			channel.queueDeclare(locked, false, true, false, null);
			List<String> before = declare(2);
			List<String> after = declare(3);
			List<String> batch = new ArrayList<>(before);
			batch.add(locked);
			batch.addAll(after);
			try (QueueReaper reaper = new QueueReaper(this.connection, Duration.ZERO, () -> false, Thread::new)) {
				reaper.delete(batch);
				assertThat(reaper.flush(WAIT)).isTrue();
				// the broker closed the channel at the refusal and ignored what followed on it
				assertThat(before).noneMatch(this.broker::queueExists);
				assertThat(after).noneMatch(this.broker::queueExists);
				assertThat(output).contains("Could not delete 1 queues, among them " + locked);
			}
		}
	}

	@Test
	void queuesGivenWhileTheConnectionIsDownAreDeletedOnceItIsBack() throws Exception {
		List<String> names = declare(3);
		try (TcpRelay relay = new TcpRelay(this.broker)) {
			Connection relayed = relay.recoveringConnectionFactory(this.broker).newConnection();
			try (QueueReaper reaper = new QueueReaper(relayed, Duration.ZERO, () -> false, Thread::new)) {
				// the reaper has its channel open when the network goes
				reaper.delete(List.of(queue("gone-already")));
				assertThat(reaper.flush(WAIT)).isTrue();
				relay.cutForGood();
				await().atMost(WAIT).until(() -> !relayed.isOpen());
				reaper.delete(names);
				// nothing could be deleted, and flush says so
				assertThat(reaper.flush(Duration.ofSeconds(2))).isFalse();
				assertThat(reaper.pending()).isEqualTo(3);
				relay.acceptAgain();
				await().atMost(WAIT).until(() -> names.stream().noneMatch(this.broker::queueExists));
				assertThat(reaper.flush(WAIT)).isTrue();
				assertThat(reaper.pending()).isZero();
			}
			finally {
				relayed.abort();
			}
		}
	}

	@Test
	void closeLeavesWaitingQueuesAndSaysHowMany(CapturedOutput output) {
		List<String> names = declare(2);
		QueueReaper reaper = new QueueReaper(this.connection, Duration.ofHours(1), () -> true, Thread::new);
		reaper.delete(names);
		reaper.close();
		assertThat(names).allMatch(this.broker::queueExists);
		assertThat(output).contains("Queue reaper closed with 2 queues not yet deleted");
		reaper.delete(List.of(names.get(0)));
		assertThat(output).contains("Queue reaper closed; leaving 1 queues, among them " + names.get(0));
	}

	private List<String> declare(int count) {
		List<String> names = new ArrayList<>();
		try (Channel channel = this.connection.createChannel()) {
			for (int i = 0; i < count; i++) {
				String name = queue("q" + i + "-" + UUID.randomUUID());
				channel.queueDeclare(name, true, false, false, null);
				names.add(name);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	private String queue(String name) {
		String queue = this.prefix + name;
		this.queues.add(queue);
		return queue;
	}

}
