package io.ariqueue.test.simulator;

/**
 * The shared call flows through the go-ari-proxy flavour.
 */
class GoAriProxyBehaviourTests extends ProxyBehaviourContract {

	@Override
	Flavour flavour() {
		return Flavour.GO_ARI_PROXY;
	}

}
