package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.AsteriskInfo;
import io.ariqueue.ari.model.AsteriskPing;
import io.ariqueue.ari.model.ConfigTuple;
import io.ariqueue.ari.model.LogChannel;
import io.ariqueue.ari.model.Module;
import io.ariqueue.ari.model.Variable;

/**
 * {@link Asterisk} over {@link AriOperations}.
 */
final class DefaultAsterisk implements Asterisk {

	private final AriOperations operations;

	DefaultAsterisk(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<ConfigTuple> getObject(String configClass, String objectType, String id) {
		return this.operations.call(AsteriskRequests.getObject(configClass, objectType, id),
				ResourceSupport.listOf(this.operations, ConfigTuple.class));
	}

	@Override
	public List<ConfigTuple> updateObject(String configClass, String objectType, String id,
			UpdateObjectOptions options) {
		return this.operations.call(AsteriskRequests.updateObject(configClass, objectType, id, options),
				ResourceSupport.listOf(this.operations, ConfigTuple.class));
	}

	@Override
	public void deleteObject(String configClass, String objectType, String id) {
		this.operations.call(AsteriskRequests.deleteObject(configClass, objectType, id), Void.class);
	}

	@Override
	public AsteriskInfo getInfo(GetInfoOptions options) {
		return this.operations.call(AsteriskRequests.getInfo(options), AsteriskInfo.class);
	}

	@Override
	public AsteriskPing ping() {
		return this.operations.call(AsteriskRequests.ping(), AsteriskPing.class);
	}

	@Override
	public List<Module> listModules() {
		return this.operations.call(AsteriskRequests.listModules(), ResourceSupport.listOf(this.operations,
				Module.class));
	}

	@Override
	public Module getModule(String moduleName) {
		return this.operations.call(AsteriskRequests.getModule(moduleName), Module.class);
	}

	@Override
	public void loadModule(String moduleName) {
		this.operations.call(AsteriskRequests.loadModule(moduleName), Void.class);
	}

	@Override
	public void unloadModule(String moduleName) {
		this.operations.call(AsteriskRequests.unloadModule(moduleName), Void.class);
	}

	@Override
	public void reloadModule(String moduleName) {
		this.operations.call(AsteriskRequests.reloadModule(moduleName), Void.class);
	}

	@Override
	public List<LogChannel> listLogChannels() {
		return this.operations.call(AsteriskRequests.listLogChannels(), ResourceSupport.listOf(this.operations,
				LogChannel.class));
	}

	@Override
	public void addLog(String logChannelName, String configuration) {
		this.operations.call(AsteriskRequests.addLog(logChannelName, configuration), Void.class);
	}

	@Override
	public void deleteLog(String logChannelName) {
		this.operations.call(AsteriskRequests.deleteLog(logChannelName), Void.class);
	}

	@Override
	public void rotateLog(String logChannelName) {
		this.operations.call(AsteriskRequests.rotateLog(logChannelName), Void.class);
	}

	@Override
	public Variable getGlobalVar(String variable) {
		return this.operations.call(AsteriskRequests.getGlobalVar(variable), Variable.class);
	}

	@Override
	public void setGlobalVar(String variable, SetGlobalVarOptions options) {
		this.operations.call(AsteriskRequests.setGlobalVar(variable, options), Void.class);
	}

}
