package io.ariqueue.test.simulator;

/**
 * The shared call flows through the go-ari-proxy flavour, without its faults ({@link GoAriProxyFaultTests}
 * has those).
 */
class GoAriProxyBehaviourTests extends ProxyBehaviourContract {

	@Override
	ProxySimulator.Builder configure(ProxySimulator.Builder builder) {
		return builder.wellBehaved();
	}

	@Override
	Flavour flavour() {
		return Flavour.GO_ARI_PROXY;
	}

}
