package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.AsteriskInfo;
import io.ariqueue.ari.model.AsteriskPing;
import io.ariqueue.ari.model.ConfigTuple;
import io.ariqueue.ari.model.LogChannel;
import io.ariqueue.ari.model.Module;
import io.ariqueue.ari.model.Variable;

/**
 * {@link AsyncAsterisk} over {@link AriOperations}.
 */
final class DefaultAsyncAsterisk implements AsyncAsterisk {

	private final AriOperations operations;

	DefaultAsyncAsterisk(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<ConfigTuple>> getObject(String configClass, String objectType, String id) {
		return this.operations.callAsync(AsteriskRequests.getObject(configClass, objectType, id),
				ResourceSupport.listOf(this.operations, ConfigTuple.class));
	}

	@Override
	public CompletableFuture<List<ConfigTuple>> updateObject(String configClass, String objectType, String id,
			Asterisk.UpdateObjectOptions options) {
		return this.operations.callAsync(AsteriskRequests.updateObject(configClass, objectType, id, options),
				ResourceSupport.listOf(this.operations, ConfigTuple.class));
	}

	@Override
	public CompletableFuture<Void> deleteObject(String configClass, String objectType, String id) {
		return this.operations.callAsync(AsteriskRequests.deleteObject(configClass, objectType, id), Void.class);
	}

	@Override
	public CompletableFuture<AsteriskInfo> getInfo(Asterisk.GetInfoOptions options) {
		return this.operations.callAsync(AsteriskRequests.getInfo(options), AsteriskInfo.class);
	}

	@Override
	public CompletableFuture<AsteriskPing> ping() {
		return this.operations.callAsync(AsteriskRequests.ping(), AsteriskPing.class);
	}

	@Override
	public CompletableFuture<List<Module>> listModules() {
		return this.operations.callAsync(AsteriskRequests.listModules(), ResourceSupport.listOf(this.operations,
				Module.class));
	}

	@Override
	public CompletableFuture<Module> getModule(String moduleName) {
		return this.operations.callAsync(AsteriskRequests.getModule(moduleName), Module.class);
	}

	@Override
	public CompletableFuture<Void> loadModule(String moduleName) {
		return this.operations.callAsync(AsteriskRequests.loadModule(moduleName), Void.class);
	}

	@Override
	public CompletableFuture<Void> unloadModule(String moduleName) {
		return this.operations.callAsync(AsteriskRequests.unloadModule(moduleName), Void.class);
	}

	@Override
	public CompletableFuture<Void> reloadModule(String moduleName) {
		return this.operations.callAsync(AsteriskRequests.reloadModule(moduleName), Void.class);
	}

	@Override
	public CompletableFuture<List<LogChannel>> listLogChannels() {
		return this.operations.callAsync(AsteriskRequests.listLogChannels(), ResourceSupport.listOf(this.operations,
				LogChannel.class));
	}

	@Override
	public CompletableFuture<Void> addLog(String logChannelName, String configuration) {
		return this.operations.callAsync(AsteriskRequests.addLog(logChannelName, configuration), Void.class);
	}

	@Override
	public CompletableFuture<Void> deleteLog(String logChannelName) {
		return this.operations.callAsync(AsteriskRequests.deleteLog(logChannelName), Void.class);
	}

	@Override
	public CompletableFuture<Void> rotateLog(String logChannelName) {
		return this.operations.callAsync(AsteriskRequests.rotateLog(logChannelName), Void.class);
	}

	@Override
	public CompletableFuture<Variable> getGlobalVar(String variable) {
		return this.operations.callAsync(AsteriskRequests.getGlobalVar(variable), Variable.class);
	}

	@Override
	public CompletableFuture<Void> setGlobalVar(String variable, Asterisk.SetGlobalVarOptions options) {
		return this.operations.callAsync(AsteriskRequests.setGlobalVar(variable, options), Void.class);
	}

}
