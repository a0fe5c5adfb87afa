package io.ariqueue.test.simulator;

/**
 * The shared call flows through the AsterNET-ARI-Proxy flavour.
 */
class AsterNetProxyBehaviourTests extends ProxyBehaviourContract {

	@Override
	Flavour flavour() {
		return Flavour.ASTERNET_ARI_PROXY;
	}

}
