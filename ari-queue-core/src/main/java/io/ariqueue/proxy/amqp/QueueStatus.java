package io.ariqueue.proxy.amqp;

/**
 * What a passive declaration tells about an existing queue.
 *
 * @param messages the messages ready for delivery (not those delivered and unsettled)
 * @param consumers the consumers
 * @author ari-queue team
 */
public record QueueStatus(int messages, int consumers) {
}
