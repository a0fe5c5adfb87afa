package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Consumer;
import com.rabbitmq.client.ShutdownSignalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.ariqueue.proxy.dialogue.Membership.AdoptionResult;
import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * {@link Membership} against mocked connections and channels: a test fanout carries each
 * instance's published heartbeats to the consumers of the others, and may lose some on the way.
 * Beats, checks and the clock are driven by the tests, so each step is exact.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class MembershipMockTests {

	private static final Logger logger = LoggerFactory.getLogger(MembershipMockTests.class);

	private static final String APPLICATION = "app";

	private static final HighAvailabilitySettings SETTINGS = new HighAvailabilitySettings(true, Duration.ofSeconds(1),
			Duration.ofSeconds(3));

	private static final int MAX_MESSAGE_BYTES = 1024 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final Fanout fanout = new Fanout();

	/** The instances alive: they beat. */
	private final List<Node> nodes = new ArrayList<>();

	private final List<Node> all = new ArrayList<>();

	@AfterEach
	void closeNodes() {
		this.all.forEach((node) -> node.membership.close());
	}

	@Test
	void anInstanceThatDiesLeavesExactlyItsDialoguesToTheSurvivor() throws IOException {
		Node dying = node("dying");
		Node survivor = node("survivor");
		dying.run(dialogues(20));
		beatAll();
		for (int i = 0; i < 5; i++) {
			dying.end(dying.anyDialogue());
			dying.run(dialogue());
			dying.primaryChannelOf(dying.anyDialogue(), "1764140400." + i);
			beatAll();
		}
		Set<OwnedDialogue> atDeath = dying.owned();
		dies(dying);
		survivor.membership.check();
		assertThat(survivor.adopted).containsExactlyInAnyOrderElementsOf(atDeath);
	}

	@Test
	void aSurvivorThatJoinedLateKnowsEveryDialogueOfAnInstanceThatDies() throws IOException {
		Node dying = node("dying");
		dying.run(dialogues(30));
		for (int i = 0; i < 5; i++) {
			dying.membership.heartbeat();
			tick();
		}
		Node late = node("late");
		dying.end(dying.anyDialogue());
		dying.run(dialogue());
		dying.membership.heartbeat();
		assertThat(this.fanout.lastFrom("dying").path("kind").asString()).isEqualTo("delta");
		late.membership.heartbeat();
		assertThat(this.fanout.lastFrom("late").path("want")).extracting(JsonNode::asString).containsExactly("dying");
		dying.membership.heartbeat();
		assertThat(this.fanout.lastFrom("dying").path("kind").asString()).isEqualTo("full");
		Set<OwnedDialogue> atDeath = dying.owned();
		dies(dying);
		late.membership.check();
		assertThat(late.adopted).containsExactlyInAnyOrderElementsOf(atDeath);
	}

	@Test
	void aLostDeltaMakesTheReceiverAskForTheFullListBeforeAnyAdoption() throws IOException {
		Node dying = node("dying");
		Node survivor = node("survivor");
		dying.run(dialogues(10));
		beatAll();
		beatAll();
		beatAll();
		OwnedDialogue ended = dying.anyDialogue();
		dying.end(ended);
		OwnedDialogue started = dialogue();
		dying.run(started);
		this.fanout.lose((from, to) -> from.equals("dying") && to.equals("survivor"));
		dying.membership.heartbeat();
		this.fanout.lose(null);
		// the next delta says nothing of the lost one's changes, but its number shows the gap
		dying.membership.heartbeat();
		survivor.membership.heartbeat();
		assertThat(this.fanout.lastFrom("survivor").path("want")).extracting(JsonNode::asString)
			.containsExactly("dying");
		dying.membership.heartbeat();
		JsonNode answer = this.fanout.lastFrom("dying");
		assertThat(answer.path("kind").asString()).isEqualTo("full");
		survivor.membership.heartbeat();
		assertThat(this.fanout.lastFrom("survivor").path("want")).isEmpty();
		Set<OwnedDialogue> atDeath = dying.owned();
		assertThat(atDeath).contains(started).doesNotContain(ended);
		dies(dying);
		survivor.membership.check();
		assertThat(survivor.adopted).containsExactlyInAnyOrderElementsOf(atDeath);
	}

	@Test
	void anInstanceThatLeavesHandsBackExactlyItsDialoguesAtOnceWhateverWasLostBefore() throws IOException {
		Node leaving = node("leaving");
		Node survivor = node("survivor");
		leaving.run(dialogues(12));
		beatAll();
		this.fanout.lose((from, to) -> from.equals("leaving"));
		leaving.run(dialogue());
		leaving.end(leaving.anyDialogue());
		leaving.membership.heartbeat();
		this.fanout.lose(null);
		Set<OwnedDialogue> handedBack = leaving.owned();
		leaving.membership.leave(handedBack);
		this.nodes.remove(leaving);
		JsonNode last = this.fanout.lastFrom("leaving");
		assertThat(last.path("kind").asString()).isEqualTo("full");
		assertThat(last.path("leaving").asBoolean()).isTrue();
		survivor.membership.check();
		assertThat(survivor.adopted).containsExactlyInAnyOrderElementsOf(handedBack);
		int sent = this.fanout.publishedFrom("leaving").size();
		leaving.membership.heartbeat();
		assertThat(this.fanout.publishedFrom("leaving")).as("nothing after the leaving heartbeat").hasSize(sent);
	}

	@Test
	void twoSurvivorsShareTheOrphansWithoutOverlap() throws IOException {
		Node dying = node("dying");
		Node first = node("first");
		Node second = node("second");
		dying.run(dialogues(40));
		beatAll();
		beatAll();
		Set<OwnedDialogue> atDeath = dying.owned();
		dies(dying);
		first.membership.check();
		second.membership.check();
		assertThat(first.adopted).doesNotContainAnyElementsOf(second.adopted).isNotEmpty();
		Set<OwnedDialogue> together = new HashSet<>(first.adopted);
		together.addAll(second.adopted);
		assertThat(together).isEqualTo(atDeath);
		// past the further timeout any survivor may try, but each now lists what it adopted
		letTimePass(SETTINGS.instanceTimeout().plus(SETTINGS.heartbeatInterval()));
		first.membership.check();
		second.membership.check();
		assertThat(first.adopted.size() + second.adopted.size()).isEqualTo(atDeath.size());
	}

	@Test
	void aViewKnownIncompleteIsTriedOnlyAfterTheFurtherTimeout(CapturedOutput output) throws IOException {
		Node dying = node("dying");
		dying.run(dialogues(5));
		dying.membership.heartbeat();
		Node late = node("late");
		OwnedDialogue started = dialogue();
		dying.run(started);
		dying.membership.heartbeat();
		dies(dying);
		late.membership.check();
		assertThat(late.adopted).as("not designated from an incomplete list").isEmpty();
		assertThat(output).contains("The list of instance dying's dialogues was incomplete here");
		letTimePass(SETTINGS.instanceTimeout().plus(SETTINGS.heartbeatInterval()));
		late.membership.check();
		assertThat(late.adopted).as("what it knows, once any survivor may try").containsExactly(started);
	}

	@Test
	void aReceiverThatCouldNotHearAsksForEveryFullListAgain() throws IOException {
		Node sender = node("sender");
		Node receiver = node("receiver");
		sender.run(dialogues(3));
		beatAll();
		beatAll();
		receiver.membership.heartbeat();
		assertThat(this.fanout.lastFrom("receiver").path("want")).isEmpty();
		given(receiver.consumerConnection.isOpen()).willReturn(false);
		receiver.membership.check();
		given(receiver.consumerConnection.isOpen()).willReturn(true);
		receiver.membership.check();
		receiver.membership.heartbeat();
		assertThat(this.fanout.lastFrom("receiver").path("want")).extracting(JsonNode::asString)
			.containsExactly("sender");
	}

	@Test
	void aReceiverWhoseChannelShutDownAsksForEveryFullListAgain() throws IOException {
		Node sender = node("sender");
		Node receiver = node("receiver");
		sender.run(dialogues(3));
		beatAll();
		beatAll();
		receiver.membership.heartbeat();
		assertThat(this.fanout.lastFrom("receiver").path("want")).isEmpty();
		this.fanout.consumers.get("receiver").handleShutdownSignal("tag-receiver",
				new ShutdownSignalException(true, false, null, null));
		receiver.membership.heartbeat();
		assertThat(this.fanout.lastFrom("receiver").path("want")).extracting(JsonNode::asString)
			.containsExactly("sender");
	}

	@Test
	void aFailedPublishIsFollowedByAFullList() throws IOException {
		Node sender = node("sender");
		node("receiver");
		sender.run(dialogues(3));
		beatAll();
		beatAll();
		beatAll();
		assertThat(this.fanout.lastFrom("sender").path("kind").asString()).isEqualTo("delta");
		this.fanout.failPublishes(true);
		sender.membership.heartbeat();
		this.fanout.failPublishes(false);
		sender.membership.heartbeat();
		assertThat(this.fanout.lastFrom("sender").path("kind").asString()).isEqualTo("full");
	}

	@Test
	void atTenThousandDialoguesADeltaIsSmallAndTheFullListStillComes() throws IOException {
		Node sender = node("sender");
		Node receiver = node("receiver");
		sender.run(dialogues(10_000));
		receiver.membership.heartbeat();
		int before = this.fanout.publishedFrom("sender").size();
		sender.membership.heartbeat();
		List<byte[]> published = this.fanout.publishedFrom("sender");
		List<byte[]> full = List.copyOf(published.subList(before, published.size()));
		int fullBytes = full.stream().mapToInt((body) -> body.length).sum();
		sender.membership.heartbeat();
		int emptyDelta = last(this.fanout.publishedFrom("sender")).length;
		for (int i = 0; i < 5; i++) {
			sender.end(sender.anyDialogue());
			sender.run(dialogue());
		}
		sender.membership.heartbeat();
		byte[] delta = last(this.fanout.publishedFrom("sender"));
		logger.info("Heartbeat at 10,000 dialogues: full list {} bytes in {} messages; delta of 10 changes {} bytes; "
				+ "delta of no change {} bytes", fullBytes, full.size(), delta.length, emptyDelta);
		assertThat(fullBytes).isGreaterThan(500_000);
		assertThat(read(delta).path("kind").asString()).isEqualTo("delta");
		assertThat(read(delta).path("added")).hasSize(5);
		assertThat(read(delta).path("removed")).hasSize(5);
		assertThat(delta.length).isLessThan(2048);
		int beatsAfterFullList = 2;
		do {
			sender.membership.heartbeat();
			beatsAfterFullList++;
		}
		while (!"full".equals(this.fanout.lastFrom("sender").path("kind").asString()));
		assertThat(beatsAfterFullList).isEqualTo(Membership.FULL_LIST_EVERY);
		assertThat(this.fanout.lastFrom("sender").path("parts").asInt()).isEqualTo(full.size());
		Set<OwnedDialogue> atDeath = sender.owned();
		dies(sender);
		receiver.membership.check();
		assertThat(receiver.adopted).hasSize(10_000).containsExactlyInAnyOrderElementsOf(atDeath);
	}

	@Test
	void anOldInstancesFullListsAreUnderstood() throws IOException {
		Node survivor = node("survivor");
		List<OwnedDialogue> first = dialogues(3);
		List<OwnedDialogue> second = dialogues(2);
		// version 1: a full list every beat, in parts that share a seq, and no "v"
		survivor.receive(legacy("old", 1, false, first));
		survivor.receive(legacy("old", 1, false, second));
		survivor.receive(legacy("old", 2, false, first));
		survivor.receive(legacy("old", 2, false, second));
		survivor.receive(legacy("old", 3, false, first));
		survivor.receive(legacy("old", 4, false, first));
		survivor.membership.check();
		survivor.membership.heartbeat();
		assertThat(this.fanout.lastFrom("survivor").path("want")).as("an old instance cannot be asked").isEmpty();
		letTimePass(SETTINGS.instanceTimeout().plus(SETTINGS.heartbeatInterval()));
		survivor.membership.check();
		assertThat(survivor.adopted).as("missing from its last two heartbeats: ended there")
			.containsExactlyInAnyOrderElementsOf(first);
	}

	@Test
	void anOldInstanceThatLeavesIsUnderstood() throws IOException {
		Node survivor = node("survivor");
		List<OwnedDialogue> dialogues = dialogues(4);
		survivor.receive(legacy("old", 7, true, dialogues));
		survivor.membership.check();
		assertThat(survivor.adopted).containsExactlyInAnyOrderElementsOf(dialogues);
	}

	@Test
	void aFullListStillReadsAsAnOldInstanceReadsIt() throws IOException {
		Node sender = node("sender");
		node("receiver");
		sender.run(dialogues(2));
		sender.membership.heartbeat();
		JsonNode full = this.fanout.lastFrom("sender");
		// what version 1 read: instance, application, seq, leaving and [id, server, channel] entries
		assertThat(full.path("instance").asString()).isEqualTo("sender");
		assertThat(full.path("application").asString()).isEqualTo(APPLICATION);
		assertThat(full.path("seq").asLong()).isEqualTo(1);
		assertThat(full.path("leaving").asBoolean()).isFalse();
		assertThat(full.path("dialogues")).hasSize(2);
		assertThat(full.path("dialogues").path(0)).hasSize(3);
		sender.membership.heartbeat();
		JsonNode delta = this.fanout.lastFrom("sender");
		assertThat(delta.path("seq").asLong()).as("the latest full list's, so version 1 keeps its view").isEqualTo(1);
		assertThat(delta.has("dialogues")).isFalse();
	}

	@Test
	void badHeartbeatsAreIgnoredAndLoggedAndChangeNothing(CapturedOutput output) throws IOException {
		Node survivor = node("survivor");
		String valid = "{\"v\":2,\"kind\":\"full\",\"instance\":\"other\",\"application\":\"app\",\"n\":1,\"seq\":1,"
				+ "\"part\":0,\"parts\":1,\"leaving\":false,\"dialogues\":[[\"D1\",\"s\",\"\"]],\"want\":[]}";
		Map<String, String> bad = new HashMap<>();
		bad.put("not valid JSON", "{\"instance\":");
		bad.put("not a JSON object", "[1,2]");
		bad.put("no instance id, or an unsafe one", "{\"application\":\"app\",\"seq\":1}");
		bad.put("no instance id, or an unsafe one ", valid.replace("\"other\"", "\"a/b\""));
		bad.put("\"n\" is not a whole number", valid.replace("\"n\":1", "\"n\":\"one\""));
		bad.put("\"parts\" is not a whole number", valid.replace("\"parts\":1", "\"parts\":100000"));
		bad.put("\"part\" is not a whole number", valid.replace("\"part\":0", "\"part\":1"));
		bad.put("part 0 numbered 2", valid.replace("\"n\":1", "\"n\":2"));
		bad.put("a list of dialogues that is not an array", valid.replace("[[\"D1\",\"s\",\"\"]]", "{}"));
		bad.put("a list of ids that is not an array", valid.replace("\"want\":[]", "\"want\":\"x\""));
		bad.put("version 1 is unknown", valid.replace("\"v\":2", "\"v\":1"));
		for (Map.Entry<String, String> entry : bad.entrySet()) {
			survivor.receive(entry.getValue().getBytes(StandardCharsets.UTF_8));
			assertThat(output).as(entry.getKey()).contains("Ignored a malformed membership heartbeat: " + entry.getKey().strip());
		}
		byte[] tooLarge = new byte[MAX_MESSAGE_BYTES + 1];
		survivor.receive(tooLarge);
		assertThat(output).contains("over the limit of " + MAX_MESSAGE_BYTES);
		letTimePass(SETTINGS.instanceTimeout().plus(SETTINGS.heartbeatInterval()));
		survivor.membership.check();
		assertThat(output).doesNotContain("joined");
		assertThat(survivor.adopted).isEmpty();
	}

	@Test
	void unsafeEntriesAreSkippedAndLoggedAndTheRestKept(CapturedOutput output) throws IOException {
		Node survivor = node("survivor");
		survivor.receive(("{\"v\":2,\"kind\":\"full\",\"instance\":\"other\",\"application\":\"app\",\"n\":1,\"seq\":1,"
				+ "\"part\":0,\"parts\":1,\"leaving\":true,\"dialogues\":[[\"D1\",\"s\",\"c\"],[\"../x\",\"s\",\"\"],7],"
				+ "\"want\":[]}").getBytes(StandardCharsets.UTF_8));
		assertThat(output).contains("Skipped 2 malformed entries in a membership heartbeat of instance other");
		survivor.membership.check();
		assertThat(survivor.adopted).containsExactly(new OwnedDialogue("D1", "s", APPLICATION, "c"));
	}

	@Test
	void aKindFromALaterVersionMakesTheViewIncomplete() throws IOException {
		Node sender = node("sender");
		Node receiver = node("receiver");
		sender.run(dialogues(2));
		beatAll();
		beatAll();
		receiver.receive(("{\"v\":3,\"kind\":\"compact\",\"instance\":\"sender\",\"application\":\"app\",\"n\":3,"
				+ "\"seq\":1}").getBytes(StandardCharsets.UTF_8));
		receiver.membership.heartbeat();
		assertThat(this.fanout.lastFrom("receiver").path("want")).extracting(JsonNode::asString)
			.containsExactly("sender");
	}

	@Test
	void heartbeatsRunOnAMembershipThreadOfTheirOwnThatCloseEnds() throws Exception {
		AtomicReference<Thread> publishing = new AtomicReference<>();
		CountDownLatch never = new CountDownLatch(1);
		Node node = node("threaded");
		this.fanout.onPublish(() -> {
			publishing.set(Thread.currentThread());
			// a publish that blocks: it holds up heartbeats only
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted");
			}
		});
		Membership started = new Membership("threaded2", new HighAvailabilitySettings(true, Duration.ofMillis(10),
				Duration.ofSeconds(1)), List.of(APPLICATION), node.consumerConnection, node.publisherConnection,
				MAX_MESSAGE_BYTES, node.adopter(), Runnable::run);
		started.start();
		await().atMost(Duration.ofSeconds(20)).until(() -> publishing.get() != null);
		Thread thread = publishing.get();
		assertThat(thread.getName()).startsWith("ari-queue-membership-");
		assertThat(thread.isDaemon()).isTrue();
		started.close();
		await().atMost(Duration.ofSeconds(20)).until(() -> !thread.isAlive());
	}

	@Test
	void aBeatThatFailsIsLoggedAndTheNextOneGoesOut(CapturedOutput output) throws Exception {
		Node node = node("failing");
		AtomicLong calls = new AtomicLong();
		Membership.Adopter failingOnce = new Membership.Adopter() {

			@Override
			public Collection<OwnedDialogue> ownedDialogues() {
				if (calls.incrementAndGet() == 1) {
					throw new IllegalStateException("first beat fails");
				}
				return List.of();
			}

			@Override
			public boolean runs(String dialogueId) {
				return false;
			}

			@Override
			public AdoptionResult adopt(OwnedDialogue dialogue) {
				return AdoptionResult.FAILED;
			}

		};
		Membership started = new Membership("failing2", new HighAvailabilitySettings(true, Duration.ofMillis(10),
				Duration.ofSeconds(1)), List.of(APPLICATION), node.consumerConnection, node.publisherConnection,
				MAX_MESSAGE_BYTES, failingOnce, Runnable::run);
		try {
			started.start();
			await().atMost(Duration.ofSeconds(20)).until(() -> !this.fanout.publishedFrom("failing").isEmpty());
			assertThat(output).contains("ari-queue could not send a membership heartbeat; it goes on");
		}
		finally {
			started.close();
		}
	}

	private void dies(Node node) {
		this.nodes.remove(node);
		letTimePass(SETTINGS.instanceTimeout().plus(SETTINGS.heartbeatInterval()));
	}

	/**
	 * Let time pass while the live instances beat, as they would.
	 */
	private void letTimePass(Duration duration) {
		for (long passed = 0; passed < duration.toNanos(); passed += SETTINGS.heartbeatInterval().toNanos()) {
			tick();
			this.nodes.forEach((node) -> node.membership.heartbeat());
		}
	}

	private void beatAll() {
		this.nodes.forEach((node) -> node.membership.heartbeat());
		tick();
	}

	private void tick() {
		passTime(SETTINGS.heartbeatInterval());
	}

	private void passTime(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

	private Node node(String id) throws IOException {
		Node node = new Node(id);
		this.nodes.add(node);
		this.all.add(node);
		return node;
	}

	private JsonNode read(byte[] body) {
		return this.json.readTree(body);
	}

	private static byte[] last(List<byte[]> bodies) {
		return bodies.get(bodies.size() - 1);
	}

	private static List<OwnedDialogue> dialogues(int count) {
		List<OwnedDialogue> dialogues = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			dialogues.add(dialogue());
		}
		return dialogues;
	}

	private static OwnedDialogue dialogue() {
		// go-ari-proxy's ids are UUIDs; Asterisk's channel ids are epoch.sequence
		return new OwnedDialogue(UUID.randomUUID().toString(), "asterisk-01", APPLICATION, null);
	}

	private byte[] legacy(String instance, long seq, boolean leaving, List<OwnedDialogue> dialogues) {
		StringBuilder list = new StringBuilder();
		for (OwnedDialogue dialogue : dialogues) {
			list.append((list.length() > 0) ? "," : "")
				.append("[\"")
				.append(dialogue.id())
				.append("\",\"")
				.append(dialogue.serverId())
				.append("\",\"\"]");
		}
		return ("{\"instance\":\"" + instance + "\",\"application\":\"" + APPLICATION + "\",\"seq\":" + seq
				+ ",\"leaving\":" + leaving + ",\"dialogues\":[" + list + "]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One instance: its membership, on mocked connections, and the dialogues it runs.
	 */
	private final class Node {

		final String id;

		final Map<String, OwnedDialogue> owned = new ConcurrentHashMap<>();

		final List<OwnedDialogue> adopted = new CopyOnWriteArrayList<>();

		final Connection consumerConnection = mock(Connection.class);

		final Connection publisherConnection = mock(Connection.class);

		final Membership membership;

		Node(String id) throws IOException {
			this.id = id;
			Channel consumerChannel = mock(Channel.class);
			Channel publisherChannel = mock(Channel.class);
			given(this.consumerConnection.createChannel()).willReturn(consumerChannel);
			given(this.publisherConnection.createChannel()).willReturn(publisherChannel);
			given(this.consumerConnection.isOpen()).willReturn(true);
			given(consumerChannel.isOpen()).willReturn(true);
			given(publisherChannel.isOpen()).willReturn(true);
			AMQP.Queue.DeclareOk declared = mock(AMQP.Queue.DeclareOk.class);
			given(declared.getQueue()).willReturn("amq.gen-" + id);
			given(consumerChannel.queueDeclare(anyString(), anyBoolean(), anyBoolean(), anyBoolean(), anyMap()))
				.willReturn(declared);
			willAnswer((invocation) -> {
				MembershipMockTests.this.fanout.bind(invocation.getArgument(1), id);
				return null;
			}).given(consumerChannel).queueBind(anyString(), anyString(), anyString());
			willAnswer((invocation) -> {
				MembershipMockTests.this.fanout.consume(id, invocation.getArgument(2));
				return "tag-" + id;
			}).given(consumerChannel).basicConsume(anyString(), anyBoolean(), any(Consumer.class));
			willAnswer((invocation) -> {
				MembershipMockTests.this.fanout.publish(id, invocation.getArgument(0), invocation.getArgument(3));
				return null;
			}).given(publisherChannel).basicPublish(anyString(), anyString(), any(), any(byte[].class));
			this.membership = new Membership(id, SETTINGS, List.of(APPLICATION), this.consumerConnection,
					this.publisherConnection, MAX_MESSAGE_BYTES, adopter(), Runnable::run,
					MembershipMockTests.this.clock::get);
			this.membership.open();
		}

		Membership.Adopter adopter() {
			return new Membership.Adopter() {

				@Override
				public Collection<OwnedDialogue> ownedDialogues() {
					return List.copyOf(Node.this.owned.values());
				}

				@Override
				public boolean runs(String dialogueId) {
					return Node.this.owned.containsKey(dialogueId);
				}

				@Override
				public AdoptionResult adopt(OwnedDialogue dialogue) {
					Node.this.adopted.add(dialogue);
					Node.this.owned.put(dialogue.id(), dialogue);
					return AdoptionResult.ADOPTED;
				}

			};
		}

		void run(OwnedDialogue dialogue) {
			this.owned.put(dialogue.id(), dialogue);
		}

		void run(List<OwnedDialogue> dialogues) {
			dialogues.forEach(this::run);
		}

		void end(OwnedDialogue dialogue) {
			this.owned.remove(dialogue.id());
		}

		OwnedDialogue anyDialogue() {
			return this.owned.values().iterator().next();
		}

		void primaryChannelOf(OwnedDialogue dialogue, String channelId) {
			this.owned.put(dialogue.id(),
					new OwnedDialogue(dialogue.id(), dialogue.serverId(), dialogue.application(), channelId));
		}

		Set<OwnedDialogue> owned() {
			return new HashSet<>(this.owned.values());
		}

		void receive(byte[] body) throws IOException {
			MembershipMockTests.this.fanout.deliver(this.id, body);
		}

	}

	/**
	 * A fanout exchange per application, each instance's queue bound to them, and the consumers:
	 * enough of a broker to carry heartbeats, in order, from one instance to the others.
	 */
	private final class Fanout {

		private final Map<String, Set<String>> bindings = new ConcurrentHashMap<>();

		private final Map<String, Consumer> consumers = new ConcurrentHashMap<>();

		private final Map<String, List<byte[]>> published = new ConcurrentHashMap<>();

		private volatile BiPredicate<String, String> lose;

		private volatile boolean failPublishes;

		private volatile Blocking onPublish;

		void bind(String exchange, String instance) {
			this.bindings.computeIfAbsent(exchange, (key) -> ConcurrentHashMap.newKeySet()).add(instance);
		}

		void consume(String instance, Consumer consumer) {
			this.consumers.put(instance, consumer);
		}

		void publish(String from, String exchange, byte[] body) throws Exception {
			if (this.onPublish != null) {
				this.onPublish.run();
			}
			if (this.failPublishes) {
				throw new IOException("connection lost");
			}
			this.published.computeIfAbsent(from, (key) -> new CopyOnWriteArrayList<>()).add(body);
			for (String to : this.bindings.getOrDefault(exchange, Set.of())) {
				BiPredicate<String, String> lose = this.lose;
				if (lose == null || !lose.test(from, to)) {
					deliver(to, body);
				}
			}
		}

		void deliver(String to, byte[] body) throws IOException {
			Consumer consumer = this.consumers.get(to);
			if (consumer != null) {
				consumer.handleDelivery("tag-" + to, null, null, body);
			}
		}

		void lose(BiPredicate<String, String> lose) {
			this.lose = lose;
		}

		void failPublishes(boolean fail) {
			this.failPublishes = fail;
		}

		void onPublish(Blocking action) {
			this.onPublish = action;
		}

		List<byte[]> publishedFrom(String instance) {
			return this.published.getOrDefault(instance, List.of());
		}

		JsonNode lastFrom(String instance) {
			return read(last(publishedFrom(instance)));
		}

	}

	@FunctionalInterface
	private interface Blocking {

		void run() throws Exception;

	}

}
