package io.ariqueue.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.ariqueue.ari.event.StasisStartEvent;

/**
 * Marks a bean method that handles {@link StasisStartEvent}: a channel entered the application,
 * the first event of every dialogue.
 * <pre class="code">
 * &#64;StasisStart
 * void start(StasisStartEvent event, AriSession session) {
 *     session.channels().answer(event.channel().id());
 * }
 * </pre>
 *
 * @author ari-queue team
 * @see AriEventListener
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AriEventListener(StasisStartEvent.class)
public @interface StasisStart {

}
