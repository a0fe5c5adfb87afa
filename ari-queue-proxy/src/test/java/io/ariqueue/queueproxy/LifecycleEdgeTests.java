package io.ariqueue.queueproxy;

import java.net.ServerSocket;
import java.time.Duration;

import com.rabbitmq.client.Connection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;
import io.ariqueue.test.junit.TcpRelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The edges of a dialogue's life under other settings: commands still waiting in the queue when
 * the dialogue ends are all run before the proxy lets go; bridges left behind stay where the
 * configuration says so; publisher confirms under the go-ari-proxy preset.
 *
 * @author ari-queue team
 */
class LifecycleEdgeTests extends WireClientTestSupport {

	@Override
	protected boolean startsBeforeEachTest() {
		return false;
	}

	@Test
	void commandsWaitingInTheQueueWhenTheDialogueEndsAreAllRun() throws Exception {
		start("ari.proxy.amqp.prefetch=1", "ari.proxy.grace-period=100ms");
		Call placed = call();
		String channel = placed.channel();
		String dialogue = placed.dialogue();
		this.asterisk.delayRequests(RecordedRequest.to("GET", ".*/channels/" + channel), Duration.ofMillis(800));
		for (int i = 0; i < 5; i++) {
			this.client.send(dialogue, "get-" + i, "GET", "/channels/" + channel, "");
		}
		await().atMost(WAIT).until(() -> this.asterisk.requests().stream()
			.anyMatch((request) -> request.path().equals("/ari/channels/" + channel)));
		this.asterisk.asterisk().hangUpFarEnd(channel);
		this.client.awaitAriEvent(dialogue, "StasisEnd", WAIT);
		for (int i = 0; i < 5; i++) {
			JsonNode response = this.client.response(dialogue, "get-" + i, WAIT);
			assertThat(response.get("status_code").asInt()).as("get-" + i).isIn(200, 404);
		}
		this.client.leave(dialogue);
		await().atMost(WAIT).until(() -> !this.broker.queueExists("commands_" + dialogue));
	}

	@Test
	void leavesBridgesBehindWhenConfiguredTo() throws Exception {
		start("ari.proxy.destroy-leftover-bridges=false");
		Call placed = call();
		String channel = placed.channel();
		String dialogue = placed.dialogue();
		JsonNode created = this.client.call(dialogue, "bridge", "POST", "/bridges", "{\"type\":\"mixing\"}", WAIT);
		String bridge = WireClient.json.readTree(created.get("response_body").asString()).get("id").asString();
		this.asterisk.asterisk().hangUpFarEnd(channel);
		this.client.awaitAriEvent(dialogue, "StasisEnd", WAIT);
		this.client.leave(dialogue);
		await().atMost(WAIT).until(() -> !this.broker.queueExists("events_" + dialogue));
		assertThat(this.asterisk.asterisk().bridge(bridge).orElseThrow().destroyed()).isFalse();
		assertThat(this.asterisk.requests()).noneMatch((request) -> request.method().equals("DELETE")
				&& request.path().equals("/ari/bridges/" + bridge));
	}

	@Test
	void aRestartedProxyDestroysTheBridgesItsDialoguesCreatedBeforeTheRestart() throws Exception {
		start();
		Call placed = call();
		String channel = placed.channel();
		String dialogue = placed.dialogue();
		JsonNode created = this.client.call(dialogue, "bridge", "POST", "/bridges", "{\"type\":\"mixing\"}", WAIT);
		String bridge = WireClient.json.readTree(created.get("response_body").asString()).get("id").asString();
		assertThat(this.client.call(dialogue, "add", "POST", "/bridges/" + bridge + "/addChannel",
				"{\"channel\":\"" + channel + "\"}", WAIT).get("status_code").asInt()).isEqualTo(204);
		// the proxy records the bridge on the dialogue's channel, in Asterisk
		await().atMost(WAIT).until(() -> bridge.equals(
				this.asterisk.asterisk().channel(channel).orElseThrow().variables().get("ARI_QUEUE_DIALOGUE_BRIDGES")));

		this.proxy.close();
		this.proxy = RunningProxy.start(this.asterisk, this.application);
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(dialogue) != null);
		this.asterisk.asterisk().hangUpFarEnd(channel);
		this.client.awaitAriEvent(dialogue, "StasisEnd", WAIT);
		// the restarted proxy knows the bridge as the dialogue's own: left behind empty, it goes, by the
		// proxy's request (recorded once answered, so after the bridge is gone)
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.asterisk.asterisk().bridge(bridge).orElseThrow().destroyed()).isTrue();
			assertThat(this.asterisk.requests()).anyMatch((request) -> request.method().equals("DELETE")
					&& request.path().equals("/ari/bridges/" + bridge));
		});
	}

	@Test
	void publishesWithConfirmsUnderTheGoAriProxyPreset() throws Exception {
		start("ari.proxy.amqp.publisher-confirms=true");
		Call placed = call();
		String channel = placed.channel();
		String dialogue = placed.dialogue();
		this.asterisk.asterisk().pressDtmf(channel, "0123456789", 10);
		StringBuilder digits = new StringBuilder();
		while (digits.length() < 10) {
			JsonNode event = this.client.nextAriEvent(dialogue, WAIT);
			if (event.get("type").asString().equals("ChannelDtmfReceived")) {
				digits.append(event.get("digit").asString());
			}
		}
		assertThat(digits.toString()).isEqualTo("0123456789");
		assertThat(this.client.call(dialogue, "answer", "POST", "/channels/" + channel + "/answer", "", WAIT)
			.get("status_code").asInt()).isEqualTo(204);
	}

	@Test
	void startsWhileTheBrokerIsAwayAndServesOnceItComes() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker)) {
			relay.cutForGood();
			this.asterisk = AriServerDouble.builder().applications(this.application).build();
			this.proxy = RunningProxy.start(this.asterisk, this.application, "spring.rabbitmq.port=" + relay.port());
			assertThat(this.proxy.proxy().isBrokerConnected()).isFalse();
			// no WebSocket before the broker: Asterisk would send calls the proxy could not announce
			assertThat(this.asterisk.serves(this.application)).isFalse();
			relay.acceptAgain();
			await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
			assertThat(this.proxy.proxy().isBrokerConnected()).isTrue();
			this.client = new WireClient(this.application);
			this.asterisk.placeCall(this.application);
			String dialogue = this.client.announcement(WAIT).json().get("dialog_id").asString();
			this.client.join(dialogue);
			this.client.awaitAriEvent(dialogue, "StasisStart", WAIT);
		}
	}

	@Test
	void startsAtOnceWhileTheBrokerAcceptsConnectionsButDoesNotAnswer() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker)) {
			// a broker host that is up while RabbitMQ hangs: the AMQP handshake times out after 10 s
			relay.stall();
			this.asterisk = AriServerDouble.builder().applications(this.application).build();
			long started = System.nanoTime();
			this.proxy = RunningProxy.start(this.asterisk, this.application, "spring.rabbitmq.port=" + relay.port());
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			assertThat(this.proxy.proxy().isBrokerConnected()).isFalse();
			relay.acceptAgain();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.asterisk.serves(this.application));
			assertThat(this.proxy.proxy().isBrokerConnected()).isTrue();
			this.client = new WireClient(this.application);
		}
	}

	@Test
	void startsWhileAsteriskIsDownAndConnectsOnceItIsUp() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		try (AriServerDouble credentials = AriServerDouble.builder().applications(this.application).build()) {
			this.proxy = RunningProxy.start(credentials, this.application,
					"ari.proxy.asterisk.url=http://127.0.0.1:" + port + "/ari");
		}
		await().atMost(WAIT).until(() -> this.proxy.proxy().isBrokerConnected());
		ConnectionStatus down = this.proxy.proxy().asteriskStatus();
		assertThat(down.connected()).isFalse();
		assertThat(down.lastProblem()).startsWith("could not connect");
		this.asterisk = AriServerDouble.builder().applications(this.application).port(port).build();
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		await().atMost(WAIT).until(() -> this.proxy.proxy().asteriskStatus().connected());
		this.client = new WireClient(this.application);
		call();
	}

	@Test
	void anApplicationQueueDeclaredByAnotherFlavourIsReportedWithTheSettingToChange() throws Exception {
		// AsterNET-ARI-Proxy's flags on the queue, go-ari-proxy's preset in the proxy
		try (Connection connection = this.broker.connectionFactory().newConnection()) {
			connection.createChannel().queueDeclare(this.application, false, false, false, null);
		}
		this.asterisk = AriServerDouble.builder().applications(this.application).build();
		this.proxy = RunningProxy.start(this.asterisk, this.application);
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.proxy.proxy().brokerStatus().lastProblem())
			.isEqualTo("queue '" + this.application + "' exists with other flags than ari.proxy.preset=go-ari-proxy "
					+ "declares QueueSettings[durable=true, exclusive=false, autoDelete=false, messageTtl=null]; "
					+ "set ari.proxy.preset to the flavour that declared it, or delete the queue"));
		assertThat(this.proxy.proxy().isBrokerConnected()).isFalse();
		assertThat(this.asterisk.serves(this.application)).isFalse();
		// the operator deletes the queue: the proxy declares it and goes on
		this.broker.deleteQueues(this.application);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.asterisk.serves(this.application));
		assertThat(this.proxy.proxy().brokerStatus().lastProblem()).isNull();
	}

	@Test
	void aChannelOriginatedIntoTheDialplanDoesNotKeepTheDialogueAlive() throws Exception {
		start();
		Call placed = call();
		String channel = placed.channel();
		String dialogue = placed.dialogue();
		JsonNode originated = this.client.call(dialogue, "to-dialplan", "POST", "/channels",
				"{\"endpoint\":\"PJSIP/400\",\"extension\":\"100\",\"context\":\"default\"}", WAIT);
		assertThat(originated.get("status_code").asInt()).isEqualTo(200);
		this.asterisk.asterisk().hangUpFarEnd(channel);
		this.client.awaitAriEvent(dialogue, "StasisEnd", WAIT);
		this.client.leave(dialogue);
		// Asterisk tells the application nothing of a channel outside Stasis: it cannot hold the dialogue
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(dialogue) == null);
		await().atMost(WAIT).until(() -> !this.broker.queueExists("events_" + dialogue));
	}

}
