package io.ariqueue.queueproxy;

/**
 * {@link ProxyTestSupport} with a bare {@link WireClient}: what the proxy publishes, seen on the
 * wire.
 *
 * @author ari-queue team
 */
abstract class WireClientTestSupport extends ProxyTestSupport<WireClient> {

	@Override
	protected WireClient openClient() throws Exception {
		return new WireClient(this.application);
	}

	/**
	 * Place a call into the application and join its dialogue, as a client does: the
	 * announcement read, the queues consumed, the {@code StasisStart} received.
	 * @return the call's channel and dialogue
	 * @throws Exception if a step fails or times out
	 */
	protected Call call() throws Exception {
		String channel = this.asterisk.placeCall(this.application);
		String dialogue = this.client.announcement(WAIT).json().get("dialog_id").asString();
		this.client.join(dialogue);
		this.client.awaitAriEvent(dialogue, "StasisStart", WAIT);
		return new Call(channel, dialogue);
	}

	/**
	 * Place a call as {@link #call()} does and have the proxy answer it.
	 * @return the call's channel and dialogue
	 * @throws Exception if a step fails or times out
	 */
	protected Call answeredCall() throws Exception {
		Call call = call();
		this.client.call(call.dialogue(), "answer", "POST", "/channels/" + call.channel() + "/answer", "", WAIT);
		return call;
	}

	/**
	 * A call's channel and its dialogue.
	 * @param channel the channel id
	 * @param dialogue the dialogue id
	 */
	record Call(String channel, String dialogue) {
	}

}
