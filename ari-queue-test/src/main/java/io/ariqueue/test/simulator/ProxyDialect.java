package io.ariqueue.test.simulator;

import java.util.List;

import com.rabbitmq.client.AMQP;
import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriReply;
import io.ariqueue.test.simulator.asterisk.AriRequest;

/**
 * How one proxy family writes and reads the wire, and how it routes ARI objects to dialogues.
 *
 * @author ari-queue
 */
interface ProxyDialect {

	/** The properties of every message the proxy publishes ({@code null} for none). */
	AMQP.BasicProperties properties();

	byte[] announcement(String application, String dialogueId, String serverId);

	byte[] event(String serverId, AriEvent event);

	byte[] response(Response response);

	/** Read a command message and turn it into what reaches Asterisk. */
	DecodedCommand decode(byte[] payload, boolean strictParameterTypes);

	/** Whether the proxy publishes a response for this answer. */
	boolean publishes(AriReply reply);

	/** The id of the ARI object by which the proxy routes the event, or {@code null} if it drops it. */
	String routingKey(AriEvent event);

	/** The ARI objects the proxy binds to the dialogue before running the command. */
	List<String> objectsBoundBefore(Command command);

	/** The ARI objects the proxy binds to the dialogue from the answer. */
	List<String> objectsBoundAfter(AriReply reply);

	/** Whether the announcement goes out before the dialogue queues are declared (go-ari-proxy #21). */
	boolean announcesBeforeDeclaring();

	/**
	 * A command as read, and what happens to it: a request for Asterisk, an answer given without
	 * Asterisk, or no answer at all.
	 *
	 * @param command the command as read
	 * @param request the request to run, or {@code null}
	 * @param immediateReply the answer given without running anything, or {@code null}
	 * @param unansweredReason why no response is ever published, or {@code null}
	 */
	record DecodedCommand(Command command, AriRequest request, AriReply immediateReply, String unansweredReason) {

		static DecodedCommand run(Command command, AriRequest request) {
			return new DecodedCommand(command, request, null, null);
		}

		static DecodedCommand answer(Command command, AriReply reply) {
			return new DecodedCommand(command, null, reply, null);
		}

		static DecodedCommand unanswered(Command command, String reason) {
			return new DecodedCommand(command, null, null, reason);
		}

	}

}
