package io.ariqueue.autoconfigure;

import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

/**
 * Callback for beans that customize the settings of the auto-configured
 * {@link io.ariqueue.proxy.dialogue.ProxyDialogueRuntime} beyond the {@code ari.queue.*}
 * properties. Customizers run in {@link org.springframework.core.Ordered order}, after the
 * properties are applied to the builder.
 *
 * @author ari-queue team
 */
@FunctionalInterface
public interface AriQueueRuntimeSettingsCustomizer {

	/**
	 * Customize the settings.
	 * @param builder the builder, holding the values of the properties
	 */
	void customize(ProxyRuntimeSettings.Builder builder);

}
