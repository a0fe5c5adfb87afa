package io.ariqueue.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.ariqueue.ari.event.AriEvent;

/**
 * Marks a bean method that handles ARI events of the dialogues this application takes.
 * <p>
 * The events it receives are the types named in {@link #value()} or, where none is named, the
 * type of its event parameter; a parameter of type {@link AriEvent} receives every event,
 * including types this build does not know. Events of one dialogue reach handlers one at a time,
 * in the order the broker delivered them; dialogues are handled in parallel.
 * <p>
 * A handler method may take, in any order: the event, the
 * {@link io.ariqueue.session.AriSession AriSession}, the dialogue id as a {@code String}, and the
 * {@link io.ariqueue.ari.model.Channel Channel} (the event's own channel where it has one, else the
 * dialogue's primary channel). Any other parameter is an error at start-up.
 *
 * @author ari-queue team
 * @see StasisStart
 * @see StasisEnd
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AriEventListener {

	/**
	 * The event types to handle; empty to take the type of the event parameter.
	 * @return the event types
	 */
	Class<? extends AriEvent>[] value() default {};

}
