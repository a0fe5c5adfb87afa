package io.ariqueue.handler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.model.Channel;

/**
 * Finds the channel an event is about, for the events that have one.
 *
 * @author ari-queue team
 */
final class EventChannels {

	private static final ClassValue<MethodHandle> ACCESSORS = new ClassValue<>() {

		@Override
		protected MethodHandle computeValue(Class<?> type) {
			try {
				return MethodHandles.publicLookup().findVirtual(type, "channel", MethodType.methodType(Channel.class));
			}
			catch (NoSuchMethodException | IllegalAccessException ex) {
				return null;
			}
		}

	};

	private EventChannels() {
	}

	static Channel channelOf(AriEvent event) {
		MethodHandle accessor = ACCESSORS.get(event.getClass());
		if (accessor == null) {
			return null;
		}
		try {
			return (Channel) accessor.invoke(event);
		}
		catch (Throwable ex) {
			return null;
		}
	}

}
