package io.ariqueue.autoconfigure.health;

import java.util.List;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AriQueueHealthContributorAutoConfiguration}, with runtimes that are never
 * started: no broker is needed.
 *
 * @author ari-queue team
 */
class AriQueueHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AriQueueHealthContributorAutoConfiguration.class));

	@Test
	void reportsASingleRuntimeUnderAriQueue() {
		this.runner.withUserConfiguration(OneRuntime.class).run((context) -> {
			assertThat(context).hasSingleBean(AriQueueHealthIndicator.class).hasBean("ariQueueHealthContributor");
			HealthIndicator indicator = context.getBean(AriQueueHealthIndicator.class);
			// never started
			assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		});
	}

	@Test
	void reportsEachOfSeveralRuntimesByBeanName() {
		this.runner.withUserConfiguration(TwoRuntimes.class).run((context) -> {
			assertThat(context).doesNotHaveBean(AriQueueHealthIndicator.class);
			HealthContributor contributor = context.getBean("ariQueueHealthContributor", HealthContributor.class);
			assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
			List<String> names = ((CompositeHealthContributor) contributor).stream()
				.map(HealthContributors.Entry::name)
				.toList();
			assertThat(names).containsExactlyInAnyOrder("sales", "support");
			assertThat(((CompositeHealthContributor) contributor).getContributor("sales"))
				.isInstanceOf(AriQueueHealthIndicator.class);
		});
	}

	@Test
	void backsOffWhenTheIndicatorIsDisabled() {
		this.runner.withUserConfiguration(OneRuntime.class)
			.withPropertyValues("management.health.ariqueue.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("ariQueueHealthContributor"));
	}

	@Test
	void backsOffWhenDefaultIndicatorsAreDisabled() {
		this.runner.withUserConfiguration(OneRuntime.class)
			.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("ariQueueHealthContributor"));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		// imported as an application imports it, through the auto-configuration metadata, which leaves the
		// class out before its conditions, that need spring-boot-health, are read
		new ApplicationContextRunner().withUserConfiguration(ImportedAsAutoConfiguration.class, OneRuntime.class)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("ariQueueHealthContributor"));
		new ApplicationContextRunner().withUserConfiguration(ImportedAsAutoConfiguration.class, OneRuntime.class)
			.run((context) -> assertThat(context).hasBean("ariQueueHealthContributor"));
	}

	@Test
	void backsOffWithoutARuntime() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("ariQueueHealthContributor"));
	}

	@Test
	void backsOffFromTheUserIndicator() {
		this.runner.withUserConfiguration(OneRuntime.class, UserIndicator.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean("ariQueueHealthContributor");
				assertThat(context.getBean("ariQueueHealthIndicator")).isSameAs(context.getBean(UserIndicator.class).indicator);
			});
	}

	static ProxyDialogueRuntime runtime(String application) {
		ConnectionFactory connectionFactory = new ConnectionFactory();
		connectionFactory.setPort(1);
		return new ProxyDialogueRuntime(connectionFactory, ProxyRuntimeSettings.builder(application).build(),
				new AriHandlerRegistry(), Runnable::run);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(AriQueueHealthContributorAutoConfiguration.class)
	static class ImportedAsAutoConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class OneRuntime {

		@Bean
		ProxyDialogueRuntime ariQueueRuntime() {
			return runtime("ivr");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoRuntimes {

		@Bean
		ProxyDialogueRuntime sales() {
			return runtime("sales");
		}

		@Bean
		ProxyDialogueRuntime support() {
			return runtime("support");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserIndicator {

		final HealthIndicator indicator = () -> org.springframework.boot.health.contributor.Health.up().build();

		@Bean
		HealthIndicator ariQueueHealthIndicator() {
			return this.indicator;
		}

	}

}
