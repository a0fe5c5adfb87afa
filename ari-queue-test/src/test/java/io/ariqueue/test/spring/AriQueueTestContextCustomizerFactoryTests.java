package io.ariqueue.test.spring;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.test.simulator.Flavour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How {@link AriQueueTestContextCustomizerFactory} reads the annotation.
 *
 * @author ari-queue team
 */
class AriQueueTestContextCustomizerFactoryTests {

	private final AriQueueTestContextCustomizerFactory factory = new AriQueueTestContextCustomizerFactory();

	@Test
	void ignoresOtherTests() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
	}

	@Test
	void takesTheSettingsOfTheAnnotation() {
		AriQueueTestContextCustomizer customizer = customizer(Named.class);
		assertThat(customizer.application()).isEqualTo("ivr-under-test");
		assertThat(customizer.flavour()).isEqualTo(Flavour.ASTERNET_ARI_PROXY);
		assertThat(customizer.spies()).containsExactly(String.class);
	}

	@Test
	void givesEachTestClassItsOwnApplication() {
		AriQueueTestContextCustomizer first = customizer(Defaults.class);
		AriQueueTestContextCustomizer second = customizer(Defaults.class);
		assertThat(first.application()).isNull();
		assertThat(first.flavour()).as("the configured one").isNull();
		assertThat(first.uniqueApplication()).startsWith("ari-test-Defaults-").isNotEqualTo(second.uniqueApplication());
	}

	@Test
	void refusesTwoProxies() {
		assertThatIllegalStateException().isThrownBy(() -> customizer(TwoProxies.class))
			.withMessageContaining("more than one proxy");
	}

	private AriQueueTestContextCustomizer customizer(Class<?> testClass) {
		return (AriQueueTestContextCustomizer) this.factory.createContextCustomizer(testClass, List.of());
	}

	static class Plain {

	}

	@AriQueueTest(application = "ivr-under-test", proxy = Flavour.ASTERNET_ARI_PROXY, spy = String.class)
	static class Named {

	}

	@AriQueueTest
	static class Defaults {

	}

	@AriQueueTest(proxy = { Flavour.GO_ARI_PROXY, Flavour.ASTERNET_ARI_PROXY })
	static class TwoProxies {

	}

}
