package io.ariqueue.autoconfigure;

import java.time.Duration;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.ariqueue.proxy.ProxyPreset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings that would break the proxy a user runs, each named once at start-up with what it does.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class ProxyCompatibilityTests {

	@Test
	void thePresetsAsTheyAreBreakNothing() {
		for (ProxyPreset proxy : ProxyPreset.values()) {
			AriQueueProperties properties = properties(proxy);
			assertThat(ProxyCompatibility.problems(properties)).as(proxy.name()).isEmpty();
		}
	}

	@Test
	void goAriProxyDialogueQueuesOfOtherFlagsAreNamedWithTheirConsequence() {
		AriQueueProperties properties = properties(ProxyPreset.GO_ARI_PROXY);
		properties.getQueues().getDialogue().setAutoDelete(true);
		properties.getQueues().getDialogue().setMessageTtl(Duration.ofSeconds(30));
		assertThat(ProxyCompatibility.problems(properties)).singleElement()
			.asString()
			.startsWith("ari.queue.queues.dialogue.auto-delete=true, ari.queue.queues.dialogue.message-ttl=30000ms: "
					+ "go-ari-proxy declares the dialogue queues")
			.contains("406 PRECONDITION_FAILED")
			.contains("cannot serve the dialogue");
	}

	@Test
	void goAriProxyApplicationQueueOfOtherFlagsIsNamed() {
		AriQueueProperties properties = properties(ProxyPreset.GO_ARI_PROXY);
		properties.getQueues().getApplication().setDurable(false);
		assertThat(ProxyCompatibility.problems(properties)).singleElement()
			.asString()
			.startsWith("ari.queue.queues.application.durable=false: go-ari-proxy declares the application queue");
	}

	@Test
	void asterNetOverridesMatchTheProxysOwnConfigurationAndAreNotFlagged() {
		AriQueueProperties properties = properties(ProxyPreset.ASTERNET_ARI_PROXY);
		properties.getQueues().getDialogue().setAutoDelete(false);
		properties.getQueues().getDialogue().setMessageTtl(Duration.ofMillis(-1));
		properties.getQueues().getApplication().setDurable(true);
		assertThat(ProxyCompatibility.problems(properties)).isEmpty();
	}

	@Test
	void anExclusiveQueueBreaksEveryProxy() {
		for (ProxyPreset proxy : ProxyPreset.values()) {
			AriQueueProperties properties = properties(proxy);
			properties.getQueues().getDialogue().setExclusive(true);
			assertThat(ProxyCompatibility.problems(properties)).as(proxy.name())
				.anySatisfy((problem) -> assertThat(problem).startsWith("ari.queue.queues.dialogue.exclusive=true: ")
					.contains("the proxy can neither declare nor consume"));
		}
	}

	@Test
	void startUpLogsEachProblemOnceAsAWarning(CapturedOutput output) throws Exception {
		String application = "compat-" + UUID.randomUUID();
		try {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
				.withPropertyValues("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=5672",
						"ari.queue.application=" + application, "ari.queue.queues.dialogue.auto-delete=true")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(output).containsOnlyOnce("ari.queue.queues.dialogue.auto-delete=true: go-ari-proxy declares");
					assertThat(output.getOut().lines()
						.filter((line) -> line.contains("ari.queue.queues.dialogue.auto-delete=true"))
						.findFirst()
						.orElseThrow()).contains("WARN");
				});
		}
		finally {
			ConnectionFactory factory = new ConnectionFactory();
			factory.setHost("127.0.0.1");
			try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
				channel.queueDelete(application);
			}
		}
	}

	private static AriQueueProperties properties(ProxyPreset proxy) {
		AriQueueProperties properties = new AriQueueProperties();
		properties.setApplication("ivr");
		properties.setProxy(proxy);
		return properties;
	}

}
