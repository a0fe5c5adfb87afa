package io.ariqueue.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method called when a dialogue ends, after its last event was handled (the
 * {@code OnDialogueClosed} of AsterNET.ARI.Middleware.Queue, which it never raised).
 * <p>
 * The method may take the {@link io.ariqueue.session.AriSession AriSession}, the dialogue id as a
 * {@code String}, the {@link io.ariqueue.ari.model.Channel primary Channel} and the
 * {@link io.ariqueue.session.DialogueCloseReason DialogueCloseReason}.
 *
 * @author ari-queue team
 * @see DialogueStarted
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DialogueClosed {

}
