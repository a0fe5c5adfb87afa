package io.ariqueue.queueproxy.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.wire.AriOperation;
import io.ariqueue.proxy.wire.AriOperationTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OperationPolicy}.
 *
 * @author ari-queue team
 */
class OperationPolicyTests {

	@Test
	void everyDefaultDeniedOperationExistsInAri() {
		List<String> operations = AriOperationTable.standard().operations().stream().map(AriOperation::name).toList();
		assertThat(operations).containsAll(OperationPolicy.DEFAULT_DENIED);
	}

	@Test
	void theDefaultDeniesAdministrationAndAllowsCallControl() {
		assertThat(OperationPolicy.DEFAULT.permits("asterisk.unloadModule")).isFalse();
		assertThat(OperationPolicy.DEFAULT.permits("asterisk.updateObject")).isFalse();
		assertThat(OperationPolicy.DEFAULT.permits("applications.unsubscribe")).isFalse();
		assertThat(OperationPolicy.DEFAULT.permits("channels.answer")).isTrue();
		assertThat(OperationPolicy.DEFAULT.permits("asterisk.getInfo")).isTrue();
		assertThat(OperationPolicy.DEFAULT.permits("bridges.create")).isTrue();
	}

	@Test
	void patternsAllowAndDenyByName() {
		OperationPolicy policy = new OperationPolicy(List.of("channels.*", "bridges.*"), List.of("channels.originate*"));
		assertThat(policy.permits("channels.answer")).isTrue();
		assertThat(policy.permits("bridges.addChannel")).isTrue();
		assertThat(policy.permits("channels.originate")).isFalse();
		assertThat(policy.permits("channels.originateWithId")).isFalse();
		assertThat(policy.permits("asterisk.getInfo")).isFalse();
	}

	@Test
	void nothingDeniedAllowsEverything() {
		OperationPolicy policy = new OperationPolicy(List.of("*"), List.of());
		assertThat(policy.permits("asterisk.unloadModule")).isTrue();
	}

}
