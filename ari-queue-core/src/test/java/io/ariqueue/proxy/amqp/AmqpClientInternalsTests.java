package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.impl.recovery.AutorecoveringChannel;
import com.rabbitmq.client.impl.recovery.AutorecoveringConnection;
import com.rabbitmq.client.impl.recovery.RecoveryAwareChannelN;
import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.amqp.AmqpClientInternals.Requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The one guarded place where ari-queue uses amqp-client's implementation classes.
 *
 * @author ari-queue team
 */
class AmqpClientInternalsTests {

	private static final String RECOVERY = "com.rabbitmq.client.impl.recovery.";

	@Test
	void noOtherClassInCoreUsesAmqpClientImplementationClasses() throws IOException {
		Path sources = Path.of("src/main/java");
		assertThat(sources).isDirectory();
		// tests may use them: they are what fails when an upgrade removes them
		try (Stream<Path> files = Files.walk(sources)) {
			List<String> users = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> read(file).contains("com.rabbitmq.client.impl"))
				.map((file) -> sources.relativize(file).toString().replace('\\', '/'))
				.toList();
			assertThat(users).containsExactly("io/ariqueue/proxy/amqp/AmqpClientInternals.java");
		}
	}

	@Test
	void theAmqpClientOnTheClassPathHasEverythingAriQueueUses() {
		assertThat(AmqpClientInternals.REQUIREMENTS).hasSize(3)
			.filteredOn((requirement) -> !requirement.isMet())
			.as("what an amqp-client upgrade removed")
			.isEmpty();
		assertThatNoException().isThrownBy(AmqpClientInternals::check);
	}

	@Test
	void theSelfCheckNamesTheClientVersionAndEverythingMissing() {
		List<Requirement> gone = List.of(
				new Requirement(RECOVERY + "AutorecoveringChannel", "getDelegate", Channel.class),
				new Requirement(RECOVERY + "AutorecoveringChannel", "getRemovedDelegate", Channel.class),
				new Requirement(RECOVERY + "RemovedConnection", "excludeQueueFromRecovery", void.class, String.class,
						boolean.class));
		assertThatIllegalStateException().isThrownBy(() -> AmqpClientInternals.check(gone))
			.withMessageStartingWith("ari-queue cannot run on amqp-client " + AmqpClientInternals.version()
					+ ": it lacks AutorecoveringChannel#getRemovedDelegate(), "
					+ "RemovedConnection#excludeQueueFromRecovery(String, boolean), which");
		assertThat(AmqpClientInternals.version()).matches("\\d+\\.\\d+\\.\\d+.*");
	}

	@Test
	void aMethodWhoseReturnTypeChangedCountsAsMissing() {
		assertThat(new Requirement(RECOVERY + "RecoveryAwareChannelN", "getActiveDeliveryTagOffset", int.class).isMet())
			.isFalse();
		assertThat(new Requirement(RECOVERY + "RecoveryAwareChannelN", "getActiveDeliveryTagOffset", long.class).isMet())
			.isTrue();
	}

	@Test
	void aDeliveryPredatesRecoveryWhenItsTagIsAtOrBelowTheRecoveredChannelsOffset() {
		RecoveryAwareChannelN recovered = mock(RecoveryAwareChannelN.class);
		given(recovered.getActiveDeliveryTagOffset()).willReturn(10L);
		AutorecoveringChannel channel = mock(AutorecoveringChannel.class);
		given(channel.getDelegate()).willReturn(recovered);
		assertThat(AmqpClientInternals.predatesRecovery(channel, 9)).isTrue();
		assertThat(AmqpClientInternals.predatesRecovery(channel, 10)).isTrue();
		assertThat(AmqpClientInternals.predatesRecovery(channel, 11)).isFalse();
	}

	@Test
	void aChannelThatDoesNotRecoverHasNoDeliveryFromBeforeARecovery() {
		assertThat(AmqpClientInternals.predatesRecovery(mock(Channel.class), 1)).isFalse();
		AutorecoveringChannel wrapping = mock(AutorecoveringChannel.class);
		given(wrapping.getDelegate()).willReturn(mock(Channel.class));
		assertThat(AmqpClientInternals.predatesRecovery(wrapping, 1)).isFalse();
	}

	@Test
	void aMessageIsStaleOnceItsChannelClosedOrRecovered() {
		RecoveryAwareChannelN recovered = mock(RecoveryAwareChannelN.class);
		AutorecoveringChannel channel = mock(AutorecoveringChannel.class);
		given(channel.isOpen()).willReturn(true);
		given(channel.getDelegate()).willReturn(recovered);
		InboundMessage message = new InboundMessage("q", new byte[0], channel, 3, false);
		assertThat(message.isStale()).isFalse();
		given(recovered.getActiveDeliveryTagOffset()).willReturn(3L);
		assertThat(message.isStale()).isTrue();
		Channel closed = mock(Channel.class);
		assertThat(new InboundMessage("q", new byte[0], closed, 1, false).isStale()).isTrue();
	}

	@Test
	void excludingAQueueFromRecoveryTellsARecoveringConnectionOnly() {
		AutorecoveringConnection recovering = mock(AutorecoveringConnection.class);
		AmqpClientInternals.excludeQueueFromRecovery(recovering, "events_1");
		verify(recovering).excludeQueueFromRecovery("events_1", false);
		Connection plain = mock(Connection.class);
		AmqpClientInternals.excludeQueueFromRecovery(plain, "events_1");
		verifyNoInteractions(plain);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
