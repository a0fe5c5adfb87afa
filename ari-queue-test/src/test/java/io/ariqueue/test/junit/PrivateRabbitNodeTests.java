package io.ariqueue.test.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * A test's own RabbitMQ node, started from the installed {@code rabbitmq-server}: what it keeps across a
 * restart, and that nothing of it is left once closed.
 */
@Timeout(300)
class PrivateRabbitNodeTests {

	@Test
	void aPersistentMessageOnADurableQueueSurvivesARestart() throws Exception {
		String queue = "ari-test-node-" + UUID.randomUUID();
		try (PrivateRabbitNode node = PrivateRabbitNode.launch()) {
			RabbitBroker broker = node.broker();
			assertThat(broker.port()).isNotEqualTo(5672);
			try (Connection connection = broker.connectionFactory().newConnection()) {
				Channel channel = connection.createChannel();
				channel.queueDeclare(queue, true, false, false, null);
				channel.confirmSelect();
				channel.basicPublish("", queue, new AMQP.BasicProperties.Builder().deliveryMode(2).build(),
						"kept".getBytes(StandardCharsets.UTF_8));
				channel.waitForConfirmsOrDie(10_000);
			}
			assertThat(node.rabbitmqctl("list_queues", "-q", "--no-table-headers", "name", "messages"))
				.contains(queue + "\t1");
			assertThat(BrokerLocator.shared().queueExists(queue)).as("the queue is on the node, not the shared broker")
				.isFalse();

			node.restart();

			assertThat(node.broker().port()).isEqualTo(broker.port());
			GetResponse message = broker.get(queue);
			assertThat(message).isNotNull();
			assertThat(message.getBody()).asString(StandardCharsets.UTF_8).isEqualTo("kept");
		}
	}

	@Test
	void stopKeepsTheDataAndCloseRemovesTheNodeAndItsDirectory() throws Exception {
		String queue = "ari-test-node-" + UUID.randomUUID();
		PrivateRabbitNode node = PrivateRabbitNode.launch();
		Path directory = node.directory();
		int port = node.broker().port();
		try {
			declareDurable(node.broker(), queue);
			node.stop();
			assertThat(node.isRunning()).isFalse();
			assertThat(answers(port)).as("port %d after stop", port).isFalse();
			assertThat(directory.resolve("mnesia").resolve(node.nodeName())).isDirectory();
			node.start();
			assertThat(node.broker().queueExists(queue)).isTrue();
		}
		finally {
			node.close();
		}
		assertThat(node.isRunning()).isFalse();
		assertThat(answers(port)).as("port %d after close", port).isFalse();
		assertThat(directory).doesNotExist();
		assertThatIllegalStateException().isThrownBy(node::start).withMessageContaining("closed");
	}

	@Test
	void aNodeHaltsWithItsJvmEvenKilledAndTheNextLaunchDeletesItsDirectory() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				NodeInAnotherJvm.class.getName())
			.redirectErrorStream(true)
			.start();
		int port;
		Path directory;
		try {
			String[] launched = awaitLaunch(jvm);
			port = Integer.parseInt(launched[0]);
			directory = Path.of(launched[1]);
			assertThat(answers(port)).isTrue();
		}
		finally {
			// SIGKILL: no shutdown hook runs
			jvm.destroyForcibly().waitFor();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> !answers(port));
		assertThat(directory).as("left by the killed JVM").isDirectory();
		try (PrivateRabbitNode next = PrivateRabbitNode.launch()) {
			assertThat(directory).doesNotExist();
			assertThat(next.directory()).isDirectory();
		}
	}

	@Test
	void failsWithOneLineWhenRabbitMqIsNotInstalled(@TempDir Path empty) throws IOException {
		Files.createDirectories(empty.resolve("bin"));
		assertThatIllegalStateException()
			.isThrownBy(() -> InstalledRabbitServer.find(empty.toString(), List.of(empty.resolve("bin"))))
			.withMessageContaining("No rabbitmq-server")
			.withMessageContaining("apt-get install rabbitmq-server")
			.withMessageNotContaining("\n");
	}

	@Test
	void findsTheScriptBehindThePackageWrapper(@TempDir Path root) throws IOException {
		Path bin = Files.createDirectories(root.resolve("lib/rabbitmq/bin"));
		Path wrapper = executable(bin.resolve("rabbitmq-script-wrapper"));
		Path server = executable(bin.resolve("rabbitmq-server"));
		Path rabbitmqctl = executable(bin.resolve("rabbitmqctl"));
		Path sbin = Files.createDirectories(root.resolve("sbin"));
		Files.createSymbolicLink(sbin.resolve("rabbitmq-server"), wrapper);
		InstalledRabbitServer installation = InstalledRabbitServer.find(sbin.toString(), List.of());
		assertThat(installation.server()).isEqualTo(server.toRealPath());
		assertThat(installation.rabbitmqctl()).isEqualTo(rabbitmqctl.toRealPath());
	}

	/** The port and directory the other JVM prints once its node runs. */
	private static String[] awaitLaunch(Process jvm) throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(NodeInAnotherJvm.LAUNCHED)) {
				return line.substring(NodeInAnotherJvm.LAUNCHED.length()).split(" ", 2);
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("The other JVM ended without a node:\n" + seen);
	}

	private static Path executable(Path path) throws IOException {
		Files.writeString(path, "#!/bin/sh\n");
		path.toFile().setExecutable(true);
		return path;
	}

	private static void declareDurable(RabbitBroker broker, String queue) throws Exception {
		try (Connection connection = broker.connectionFactory().newConnection()) {
			connection.createChannel().queueDeclare(queue, true, false, false, null);
		}
	}

	private static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Launches a node and waits to be killed.
	 */
	static final class NodeInAnotherJvm {

		static final String LAUNCHED = "launched ";

		public static void main(String[] args) throws InterruptedException {
			PrivateRabbitNode node = PrivateRabbitNode.launch();
			System.out.println(LAUNCHED + node.broker().port() + " " + node.directory());
			System.out.flush();
			Thread.sleep(Duration.ofMinutes(5).toMillis());
		}

	}

}
