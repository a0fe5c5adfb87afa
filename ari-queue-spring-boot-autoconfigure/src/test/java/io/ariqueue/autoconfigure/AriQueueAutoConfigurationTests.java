package io.ariqueue.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;

import io.ariqueue.handler.AriErrorHandler;
import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.handler.AriListenerAnnotationBeanPostProcessor;
import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AriQueueAutoConfiguration}, against the local RabbitMQ where a context starts
 * the runtime.
 *
 * @author ari-queue team
 */
class AriQueueAutoConfigurationTests {

	private final String application = "autoconfig-test-" + UUID.randomUUID();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
		.withPropertyValues("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=5672");

	@AfterEach
	void deleteApplicationQueue() throws Exception {
		com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
		factory.setHost("127.0.0.1");
		try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
			channel.queueDelete(this.application);
		}
	}

	@Test
	void startsTheRuntimeWithTheDefaults() {
		this.runner.withPropertyValues("ari.queue.application=" + this.application).run((context) -> {
			assertThat(context).hasSingleBean(AriHandlerRegistry.class)
				.hasSingleBean(AriListenerAnnotationBeanPostProcessor.class)
				.hasSingleBean(ProxyDialogueRuntime.class)
				.hasSingleBean(AriQueueLifecycle.class)
				.hasBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME);
			ProxyDialogueRuntime runtime = context.getBean(ProxyDialogueRuntime.class);
			assertThat(runtime.isRunning()).isTrue();
			assertThat(runtime.isTakingAnnouncements()).isTrue();
			Executor executor = context.getBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME, Executor.class);
			if (Runtime.version().feature() < 21) {
				assertThat(executor).isInstanceOf(ThreadPoolExecutor.class);
				assertThat(((ThreadPoolExecutor) executor).getMaximumPoolSize()).isEqualTo(32);
			}
		});
	}

	@Test
	void givesTheRuntimeTheHandlerExecutorWhateverOtherExecutorsExist() {
		this.runner.withUserConfiguration(RuntimeUser.class)
			.withPropertyValues("ari.queue.application=" + this.application)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(RuntimeUser.class).runtime).isSameAs(context.getBean(ProxyDialogueRuntime.class));
				assertThat(context.getBean(ProxyDialogueRuntime.class)).extracting("workers")
					.isSameAs(context.getBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME));
			});
	}

	@Test
	void connectsToTheNodeOfAClusterThatAnswers() {
		this.runner
			.withPropertyValues("ari.queue.application=" + this.application,
					"spring.rabbitmq.addresses=127.0.0.1:1,127.0.0.1:5672")
			.run((context) -> {
				// Boot's rabbit connection factory holds only the first, dead, node
				assertThat(context.getBean(CachingConnectionFactory.class).getRabbitConnectionFactory().getPort()).isEqualTo(1);
				assertThat(context.getBean(ProxyDialogueRuntime.class).isRunning()).isTrue();
			});
	}

	@Test
	void failsClearlyWithoutAnApplication() {
		this.runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("set 'ari.queue.application'"));
	}

	@Test
	void backsOffEntirelyWhenDisabled() {
		this.runner.withPropertyValues("ari.queue.enabled=false").run((context) -> assertThat(context)
			.hasNotFailed()
			.doesNotHaveBean(AriHandlerRegistry.class)
			.doesNotHaveBean(AriListenerAnnotationBeanPostProcessor.class)
			.doesNotHaveBean(ProxyDialogueRuntime.class)
			.doesNotHaveBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME));
	}

	@Test
	void backsOffWithoutSpringAmqp() {
		this.runner.withClassLoader(new FilteredClassLoader(CachingConnectionFactory.class.getPackageName()))
			.withPropertyValues("ari.queue.application=" + this.application)
			.run((context) -> assertThat(context).doesNotHaveBean(ProxyDialogueRuntime.class)
				.doesNotHaveBean(AriHandlerRegistry.class));
	}

	@Test
	void backsOffWithoutARabbitConnectionFactory() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AriQueueAutoConfiguration.class))
			.withPropertyValues("ari.queue.application=" + this.application)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AriHandlerRegistry.class)
				.doesNotHaveBean(ProxyDialogueRuntime.class)
				.doesNotHaveBean(AriQueueLifecycle.class));
	}

	@Test
	void backsOffFromUserBeans() {
		this.runner.withUserConfiguration(UserBeans.class)
			.withPropertyValues("ari.queue.application=" + this.application)
			.run((context) -> {
				assertThat(context).getBean(AriHandlerRegistry.class).isSameAs(context.getBean("myRegistry"));
				assertThat(context).getBean(AriListenerAnnotationBeanPostProcessor.class)
					.isSameAs(context.getBean("myPostProcessor"));
				assertThat(context).getBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME)
					.isInstanceOf(SyncTaskExecutor.class);
				assertThat(context).getBean(ProxyDialogueRuntime.class).isSameAs(context.getBean("myRuntime"));
				assertThat(context).getBean(AriQueueLifecycle.class).isSameAs(context.getBean("myLifecycle"));
			});
	}

	@Test
	void handsTheUserErrorHandlerToTheRegistry() {
		this.runner.withUserConfiguration(ErrorHandlerConfiguration.class)
			.withPropertyValues("ari.queue.application=" + this.application)
			.run((context) -> assertThat(context.getBean(AriHandlerRegistry.class)).extracting("errorHandler")
				.extracting((supplier) -> ((java.util.function.Supplier<?>) supplier).get())
				.isSameAs(context.getBean(AriErrorHandler.class)));
	}

	@Test
	void usesVirtualThreadsWhereSpringBootDoes() {
		this.runner.withPropertyValues("ari.queue.application=" + this.application, "spring.threads.virtual.enabled=true")
			.run((context) -> {
				Object executor = context.getBean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME);
				if (Runtime.version().feature() >= 21) {
					assertThat(executor).isInstanceOf(SimpleAsyncTaskExecutor.class);
					java.util.concurrent.CompletableFuture<Thread> thread = new java.util.concurrent.CompletableFuture<>();
					((SimpleAsyncTaskExecutor) executor).execute(() -> thread.complete(Thread.currentThread()));
					// Thread.isVirtual() is not in the Java 17 API this module compiles against
					assertThat(Thread.class.getMethod("isVirtual").invoke(thread.get())).isEqualTo(true);
				}
				else {
					assertThat(executor).isInstanceOf(ThreadPoolExecutor.class);
				}
			});
	}

	@Test
	void mapsTheGoAriProxyPreset() {
		AriQueueProperties properties = new AriQueueProperties();
		properties.setApplication("ivr");
		ProxyRuntimeSettings settings = AriQueueAutoConfiguration.settings(properties);
		assertThat(settings.applications()).containsExactly("ivr");
		QueueSettings durable = new QueueSettings(true, false, false, null);
		assertThat(settings.applicationQueue()).isEqualTo(durable);
		assertThat(settings.eventQueues()).isEqualTo(durable);
		assertThat(settings.commandQueue()).isEqualTo(durable);
		assertThat(settings.commandTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.maxMessageBytes()).isEqualTo(1024 * 1024);
		assertThat(settings.deleteQueuesOnClose()).isTrue();
		assertThat(settings.queueDeletionDelay()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.firstEventTimeout()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void mapsTheAsterNetPresetWithTtlOnlyOnEventsAndResponses() {
		AriQueueProperties properties = new AriQueueProperties();
		properties.setApplication("ivr");
		properties.setProxy(ProxyPreset.ASTERNET_ARI_PROXY);
		ProxyRuntimeSettings settings = AriQueueAutoConfiguration.settings(properties);
		assertThat(settings.applicationQueue()).isEqualTo(new QueueSettings(false, false, false, null));
		assertThat(settings.eventQueues()).isEqualTo(new QueueSettings(false, false, true, 30000));
		assertThat(settings.eventQueues().arguments()).containsEntry("x-message-ttl", 30000);
		assertThat(settings.eventQueues().arguments().get("x-message-ttl")).isInstanceOf(Integer.class);
		assertThat(settings.commandQueue()).isEqualTo(new QueueSettings(false, false, true, null));
	}

	@Test
	void bindsOverridesOfThePreset() {
		this.runner
			.withPropertyValues("ari.queue.application=" + this.application, "ari.queue.applications=second,third",
					"ari.queue.proxy=asternet-ari-proxy", "ari.queue.queues.dialogue.message-ttl=10s",
					"ari.queue.queues.dialogue.auto-delete=false", "ari.queue.queues.application.durable=true",
					"ari.queue.queues.declare-application-queue=false", "ari.queue.queue-deletion-delay=0",
					"ari.queue.first-event-timeout=0", "ari.queue.enabled=false")
			.run((context) -> {
				AriQueueProperties properties = new AriQueueProperties();
				org.springframework.boot.context.properties.bind.Binder.get(context.getEnvironment())
					.bind("ari.queue", org.springframework.boot.context.properties.bind.Bindable.ofInstance(properties));
				ProxyRuntimeSettings settings = AriQueueAutoConfiguration.settings(properties);
				assertThat(settings.applications()).containsExactly(this.application, "second", "third");
				assertThat(settings.applicationQueue()).isEqualTo(new QueueSettings(true, false, false, null));
				assertThat(settings.declareApplicationQueue()).isFalse();
				assertThat(settings.eventQueues()).isEqualTo(new QueueSettings(false, false, false, 10000));
				assertThat(settings.commandQueue()).isEqualTo(new QueueSettings(false, false, false, null));
				assertThat(settings.queueDeletionDelay()).isZero();
				assertThat(settings.firstEventTimeout()).isZero();
			});
	}

	@Test
	void aNegativeTtlRemovesThePresetTtl() {
		AriQueueProperties properties = new AriQueueProperties();
		properties.setApplications(List.of("ivr"));
		properties.setProxy(ProxyPreset.ASTERNET_ARI_PROXY);
		properties.getQueues().getDialogue().setMessageTtl(Duration.ofMillis(-1));
		assertThat(AriQueueAutoConfiguration.settings(properties).eventQueues().messageTtl()).isNull();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		@Bean
		AriHandlerRegistry myRegistry() {
			return new AriHandlerRegistry();
		}

		@Bean
		static AriListenerAnnotationBeanPostProcessor myPostProcessor() {
			return new AriListenerAnnotationBeanPostProcessor(new AriHandlerRegistry());
		}

		@Bean(AriQueueAutoConfiguration.HANDLER_EXECUTOR_BEAN_NAME)
		SyncTaskExecutor handlerExecutor() {
			return new SyncTaskExecutor();
		}

		@Bean
		ProxyDialogueRuntime myRuntime(CachingConnectionFactory connectionFactory, AriHandlerRegistry registry) {
			AriQueueProperties properties = new AriQueueProperties();
			properties.setApplication("user-runtime-never-started");
			return new ProxyDialogueRuntime(connectionFactory.getRabbitConnectionFactory(),
					AriQueueAutoConfiguration.settings(properties), registry, Runnable::run);
		}

		@Bean
		AriQueueLifecycle myLifecycle(ProxyDialogueRuntime runtime) {
			return new AriQueueLifecycle(runtime) {
				@Override
				public void start() {
				}
			};
		}

	}

	/**
	 * Injects the runtime early, beside an executor of its own.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RuntimeUser {

		final ProxyDialogueRuntime runtime;

		RuntimeUser(ProxyDialogueRuntime runtime) {
			this.runtime = runtime;
		}

		@Bean
		Executor otherExecutor() {
			return Runnable::run;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorHandlerConfiguration {

		@Bean
		AriErrorHandler errorHandler() {
			return (error, event, session, handler) -> {
			};
		}

	}

}
