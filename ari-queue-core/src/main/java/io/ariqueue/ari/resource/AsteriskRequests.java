package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Asterisk} and {@link AsyncAsterisk} into {@link AriRequest ARI requests}: method, path and
 * typed parameters.
 */
final class AsteriskRequests {

	private AsteriskRequests() {
	}

	static AriRequest getObject(String configClass, String objectType, String id) {
		return AriRequest.of("GET", "/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
			.operation("asterisk.getObject")
			.pathParameter("configClass", configClass)
			.pathParameter("objectType", objectType)
			.pathParameter("id", id)
			.build();
	}

	static AriRequest updateObject(String configClass, String objectType, String id,
			Asterisk.UpdateObjectOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("PUT", "/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
			.operation("asterisk.updateObject")
			.pathParameter("configClass", configClass)
			.pathParameter("objectType", objectType)
			.pathParameter("id", id)
			.parameter("fields", ResourceSupport.configTuples(options.fields()))
			.build();
	}

	static AriRequest deleteObject(String configClass, String objectType, String id) {
		return AriRequest.of("DELETE", "/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
			.operation("asterisk.deleteObject")
			.pathParameter("configClass", configClass)
			.pathParameter("objectType", objectType)
			.pathParameter("id", id)
			.build();
	}

	static AriRequest getInfo(Asterisk.GetInfoOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("GET", "/asterisk/info")
			.operation("asterisk.getInfo")
			.parameter("only", options.only())
			.build();
	}

	static AriRequest ping() {
		return AriRequest.of("GET", "/asterisk/ping")
			.operation("asterisk.ping")
			.build();
	}

	static AriRequest listModules() {
		return AriRequest.of("GET", "/asterisk/modules")
			.operation("asterisk.listModules")
			.build();
	}

	static AriRequest getModule(String moduleName) {
		return AriRequest.of("GET", "/asterisk/modules/{moduleName}")
			.operation("asterisk.getModule")
			.pathParameter("moduleName", moduleName)
			.build();
	}

	static AriRequest loadModule(String moduleName) {
		return AriRequest.of("POST", "/asterisk/modules/{moduleName}")
			.operation("asterisk.loadModule")
			.pathParameter("moduleName", moduleName)
			.build();
	}

	static AriRequest unloadModule(String moduleName) {
		return AriRequest.of("DELETE", "/asterisk/modules/{moduleName}")
			.operation("asterisk.unloadModule")
			.pathParameter("moduleName", moduleName)
			.build();
	}

	static AriRequest reloadModule(String moduleName) {
		return AriRequest.of("PUT", "/asterisk/modules/{moduleName}")
			.operation("asterisk.reloadModule")
			.pathParameter("moduleName", moduleName)
			.build();
	}

	static AriRequest listLogChannels() {
		return AriRequest.of("GET", "/asterisk/logging")
			.operation("asterisk.listLogChannels")
			.build();
	}

	static AriRequest addLog(String logChannelName, String configuration) {
		Objects.requireNonNull(configuration, "configuration must not be null");
		return AriRequest.of("POST", "/asterisk/logging/{logChannelName}")
			.operation("asterisk.addLog")
			.pathParameter("logChannelName", logChannelName)
			.parameter("configuration", configuration)
			.build();
	}

	static AriRequest deleteLog(String logChannelName) {
		return AriRequest.of("DELETE", "/asterisk/logging/{logChannelName}")
			.operation("asterisk.deleteLog")
			.pathParameter("logChannelName", logChannelName)
			.build();
	}

	static AriRequest rotateLog(String logChannelName) {
		return AriRequest.of("PUT", "/asterisk/logging/{logChannelName}/rotate")
			.operation("asterisk.rotateLog")
			.pathParameter("logChannelName", logChannelName)
			.build();
	}

	static AriRequest getGlobalVar(String variable) {
		Objects.requireNonNull(variable, "variable must not be null");
		return AriRequest.of("GET", "/asterisk/variable")
			.operation("asterisk.getGlobalVar")
			.parameter("variable", variable)
			.build();
	}

	static AriRequest setGlobalVar(String variable, Asterisk.SetGlobalVarOptions options) {
		Objects.requireNonNull(variable, "variable must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/asterisk/variable")
			.operation("asterisk.setGlobalVar")
			.parameter("variable", variable)
			.parameter("value", options.value())
			.build();
	}

}
