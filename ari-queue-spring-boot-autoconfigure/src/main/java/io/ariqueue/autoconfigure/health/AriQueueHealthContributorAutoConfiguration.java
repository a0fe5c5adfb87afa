package io.ariqueue.autoconfigure.health;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

import io.ariqueue.autoconfigure.AriQueueAutoConfiguration;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

/**
 * Auto-configuration of the health of ari-queue's runtimes, under the name {@code ariQueue}: one
 * {@link AriQueueHealthIndicator} for a single runtime, or one per runtime by bean name. Turned off
 * with {@code management.health.ariqueue.enabled=false}.
 *
 * @author ari-queue team
 */
@AutoConfiguration(after = AriQueueAutoConfiguration.class)
@ConditionalOnClass({ ConditionalOnEnabledHealthIndicator.class, ProxyDialogueRuntime.class })
@ConditionalOnBean(ProxyDialogueRuntime.class)
@ConditionalOnEnabledHealthIndicator("ariqueue")
public final class AriQueueHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<AriQueueHealthIndicator, ProxyDialogueRuntime> {

	AriQueueHealthContributorAutoConfiguration() {
		super(AriQueueHealthIndicator::new);
	}

	@Bean
	@ConditionalOnMissingBean(name = { "ariQueueHealthIndicator", "ariQueueHealthContributor" })
	HealthContributor ariQueueHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, ProxyDialogueRuntime.class);
	}

}
