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

}
