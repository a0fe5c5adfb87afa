package io.ariqueue.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method called when this application instance takes a new dialogue, before any of
 * its events is handled (the {@code OnNewDialogue} of AsterNET.ARI.Middleware.Queue).
 * <p>
 * The method may take the {@link io.ariqueue.session.AriSession AriSession} and the dialogue id
 * as a {@code String}.
 *
 * @author ari-queue team
 * @see DialogueClosed
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DialogueStarted {

}
