package io.ariqueue.queueproxy.config;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import com.rabbitmq.client.Address;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import io.ariqueue.proxy.wire.AriOperationTable;
import io.ariqueue.proxy.wire.ProxySideWireCodec;
import io.ariqueue.queueproxy.AriQueueProxy;
import io.ariqueue.queueproxy.amqp.BrokerSettings;
import io.ariqueue.queueproxy.amqp.Outboxes;
import io.ariqueue.queueproxy.amqp.ProxyBroker;
import io.ariqueue.queueproxy.asterisk.AsteriskEventStream;
import io.ariqueue.queueproxy.asterisk.AsteriskHttp;
import io.ariqueue.queueproxy.asterisk.AsteriskSettings;
import io.ariqueue.queueproxy.command.CommandExecutor;
import io.ariqueue.queueproxy.command.CommandMeters;
import io.ariqueue.queueproxy.command.OperationPolicy;
import io.ariqueue.queueproxy.command.IdBinder;
import io.ariqueue.queueproxy.dialogue.DialogueManager;
import io.ariqueue.queueproxy.dialogue.DialogueRegistry;
import io.ariqueue.queueproxy.dialogue.DialogueSettings;
import io.ariqueue.queueproxy.dialogue.EventRouter;

/**
 * Assembles the proxy from {@code ari.proxy.*} and Boot's {@code spring.rabbitmq.*}.
 *
 * @author ari-queue team
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AriProxyProperties.class)
public class AriProxyConfiguration {

	@Bean
	AriQueueProxy ariQueueProxy(AriProxyProperties properties, AbstractConnectionFactory connectionFactory,
			ObjectProvider<RabbitConnectionDetails> connectionDetails, ObjectProvider<MeterRegistry> meterRegistry) {
		List<String> applications = properties.getApplications().stream().map(String::trim).filter((a) -> !a.isEmpty()).toList();
		if (applications.isEmpty()) {
			throw new IllegalStateException("ari.proxy.applications is empty: name the Stasis applications to carry");
		}
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		AriProxyProperties.Asterisk asteriskProperties = properties.getAsterisk();
		AsteriskSettings asteriskSettings = new AsteriskSettings(asteriskProperties.getUrl(),
				asteriskProperties.getUsername(), asteriskProperties.getPassword(), applications,
				asteriskProperties.getConnectTimeout(), asteriskProperties.getRequestTimeout(),
				asteriskProperties.getReconnectInitialDelay(), asteriskProperties.getReconnectMaxDelay(),
				asteriskProperties.getPingInterval(), asteriskProperties.getPongTimeout());
		ExecutorService httpPool = Executors.newCachedThreadPool(new CustomizableThreadFactory("ari-proxy-http-"));
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(asteriskProperties.getConnectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.executor(httpPool)
			.build();
		// one connection per command thread, and a few for the proxy's own requests
		AsteriskHttp asterisk = new AsteriskHttp(asteriskSettings, properties.getCommandThreads() + 4);

		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2,
				new CustomizableThreadFactory("ari-proxy-timer-"));
		scheduler.setRemoveOnCancelPolicy(true);
		ExecutorService amqpDispatch = Executors.newFixedThreadPool(4, new CustomizableThreadFactory("ari-proxy-amqp-"));
		// a new dialogue's set-up waits for the broker on a publishing thread: enough of them keep
		// the other dialogues' events flowing meanwhile
		ExecutorService publishing = Executors.newFixedThreadPool(properties.getAmqp().getPublisherThreads(),
				new CustomizableThreadFactory("ari-proxy-publish-"));
		ExecutorService commands = Executors.newFixedThreadPool(properties.getCommandThreads(),
				new CustomizableThreadFactory("ari-proxy-command-"));
		ExecutorService opening = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("ari-proxy-connect-"));

		AriProxyProperties.Amqp amqp = properties.getAmqp();
		ProxyBroker broker = new ProxyBroker(connectionFactory.getRabbitConnectionFactory(),
				addresses(connectionDetails), new BrokerSettings(properties.getPreset(), amqp.getConsumerChannels(),
						amqp.getPublisherChannels(), amqp.getPrefetch(), amqp.isPublisherConfirms(), amqp.getRpcTimeout(),
						amqp.getAdminChannels()),
				amqpDispatch);
		// with confirms a publish waits for the broker: the command thread must not
		Outboxes outboxes = new Outboxes(broker, publishing, scheduler, properties.getMaxBufferedEvents(),
				!amqp.isPublisherConfirms());
		ProxySideWireCodec codec = new ProxySideWireCodec(properties.getPreset(),
				Math.toIntExact(properties.getMaxMessageSize().toBytes()), AriOperationTable.standard());
		DialogueSettings dialogueSettings = new DialogueSettings(properties.getServerId(), properties.getPreset(),
				properties.getGracePeriod(), properties.isDeleteQueues(), properties.isDestroyLeftoverBridges(),
				properties.getDialogueVariable(), properties.getClientCheckInterval(),
				properties.getClientReleaseTimeout());
		DialogueManager manager = new DialogueManager(new DialogueRegistry(applications), broker, outboxes, codec,
				asterisk, scheduler, commands, dialogueSettings, meters);
		CommandExecutor executor = new CommandExecutor(manager, codec, new IdBinder(manager, codec), asterisk,
				new OperationPolicy(properties.getCommands().getAllowed(), properties.getCommands().getDenied()),
				CommandMeters.of(meters));
		manager.setCommandHandler(executor::accept);
		EventRouter router = new EventRouter(manager, codec, Clock.systemDefaultZone(), meters);
		AriQueueProxy proxy = new AriQueueProxy(broker, manager, router, asterisk, applications, scheduler, opening,
				List.of(amqpDispatch, publishing, commands, opening, httpPool));
		AsteriskEventStream events = new AsteriskEventStream(asteriskSettings, httpClient, proxy, scheduler, opening);
		proxy.setEvents(events);

		Gauge.builder("ari.proxy.events.buffered", outboxes, Outboxes::bufferedEvents)
			.description("Events waiting for the broker")
			.register(meters);
		FunctionCounter.builder("ari.proxy.events.published", outboxes, Outboxes::publishedEvents)
			.description("Events published to dialogues' events queues")
			.register(meters);
		FunctionCounter.builder("ari.proxy.events.dropped", outboxes, Outboxes::droppedEvents)
			.description("Events dropped because too many waited for the broker")
			.register(meters);
		FunctionCounter.builder("ari.proxy.reconnects", events, AsteriskEventStream::reconnects)
			.tag("connection", "asterisk")
			.description("Reconnections of Asterisk's events WebSocket")
			.register(meters);
		FunctionCounter.builder("ari.proxy.reconnects", broker, ProxyBroker::recoveries)
			.tag("connection", "broker")
			.description("Recoveries of the broker connection")
			.register(meters);
		Gauge.builder("ari.proxy.queues.deletion.pending", broker, ProxyBroker::pendingDeletions)
			.description("Queues of ended dialogues waiting to be deleted")
			.register(meters);
		return proxy;
	}

	@Bean
	AriProxyLifecycle ariProxyLifecycle(AriQueueProxy proxy, AriProxyProperties properties) {
		return new AriProxyLifecycle(proxy, properties.getShutdownTimeout());
	}

	@Bean
	ProxyHealthIndicators.Asterisk asteriskHealthIndicator(AriQueueProxy proxy) {
		return new ProxyHealthIndicators.Asterisk(proxy);
	}

	@Bean
	ProxyHealthIndicators.Broker ariProxyBrokerHealthIndicator(AriQueueProxy proxy) {
		return new ProxyHealthIndicators.Broker(proxy);
	}

	private static List<Address> addresses(ObjectProvider<RabbitConnectionDetails> connectionDetails) {
		// the rabbit connection factory holds one host: a cluster's other nodes are in Boot's list
		return connectionDetails.stream()
			.findFirst()
			.map((details) -> details.getAddresses()
				.stream()
				.map((address) -> new Address(address.host(), address.port()))
				.toList())
			.orElse(List.of());
	}

}
