package io.ariqueue.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.ariqueue.ari.event.StasisEndEvent;

/**
 * Marks a bean method that handles {@link StasisEndEvent}: a channel left the application. The
 * primary channel's {@code StasisEnd} ends the dialogue once its handlers have returned.
 *
 * @author ari-queue team
 * @see AriEventListener
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AriEventListener(StasisEndEvent.class)
public @interface StasisEnd {

}
