package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.AsteriskInfo;
import io.ariqueue.ari.model.AsteriskPing;
import io.ariqueue.ari.model.ConfigTuple;
import io.ariqueue.ari.model.LogChannel;
import io.ariqueue.ari.model.Module;
import io.ariqueue.ari.model.Variable;

/**
 * The Asterisk instance itself: system information, modules, log channels, global variables and dynamic configuration,
 * with every call returning a future that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Asterisk}.
 */
public interface AsyncAsterisk {

	/**
	 * Read one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @return a future of the object's attributes and values
	 */
	CompletableFuture<List<ConfigTuple>> getObject(String configClass, String objectType, String id);

	/**
	 * Create or change one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @param options the optional parameters, {@code new UpdateObjectOptions()} for none
	 * @return a future of the object's attributes and values after the change
	 */
	CompletableFuture<List<ConfigTuple>> updateObject(String configClass, String objectType, String id,
			Asterisk.UpdateObjectOptions options);

	/**
	 * Create or change one dynamic configuration object through the Sorcery API.
	 * <p>
	 * The same as {@link #updateObject(String, String, String, Asterisk.UpdateObjectOptions)} with no options.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @return a future of the object's attributes and values after the change
	 */
	default CompletableFuture<List<ConfigTuple>> updateObject(String configClass, String objectType, String id) {
		return updateObject(configClass, objectType, id, new Asterisk.UpdateObjectOptions());
	}

	/**
	 * Delete one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> deleteObject(String configClass, String objectType, String id);

	/**
	 * Read system information about the Asterisk instance.
	 * @param options the optional parameters, {@code new GetInfoOptions()} for none
	 * @return a future of the {@link AsteriskInfo}
	 */
	CompletableFuture<AsteriskInfo> getInfo(Asterisk.GetInfoOptions options);

	/**
	 * Read system information about the Asterisk instance.
	 * <p>
	 * The same as {@link #getInfo(Asterisk.GetInfoOptions)} with no options.
	 * @return a future of the {@link AsteriskInfo}
	 */
	default CompletableFuture<AsteriskInfo> getInfo() {
		return getInfo(new Asterisk.GetInfoOptions());
	}

	/**
	 * Check that Asterisk answers, and learn its id and clock.
	 * @return a future of the {@link AsteriskPing}
	 */
	CompletableFuture<AsteriskPing> ping();

	/**
	 * List the modules loaded into Asterisk.
	 * @return a future of the {@link Module} list
	 */
	CompletableFuture<List<Module>> listModules();

	/**
	 * Read the details of one loaded module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 * @return a future of the {@link Module}
	 */
	CompletableFuture<Module> getModule(String moduleName);

	/**
	 * Load a module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> loadModule(String moduleName);

	/**
	 * Unload a module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> unloadModule(String moduleName);

	/**
	 * Reload a module, for example to apply configuration changes.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> reloadModule(String moduleName);

	/**
	 * List the log channels.
	 * @return a future of the {@link LogChannel} list
	 */
	CompletableFuture<List<LogChannel>> listLogChannels();

	/**
	 * Add a log channel.
	 * @param logChannelName the log channel's name
	 * @param configuration the levels the channel records, for example {@code notice,warning,error}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> addLog(String logChannelName, String configuration);

	/**
	 * Remove a log channel.
	 * @param logChannelName the log channel's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> deleteLog(String logChannelName);

	/**
	 * Rotate a log channel's file.
	 * @param logChannelName the log channel's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> rotateLog(String logChannelName);

	/**
	 * Read a global dialplan variable.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of the {@link Variable}
	 */
	CompletableFuture<Variable> getGlobalVar(String variable);

	/**
	 * Set a global dialplan variable.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetGlobalVarOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> setGlobalVar(String variable, Asterisk.SetGlobalVarOptions options);

	/**
	 * Set a global dialplan variable.
	 * <p>
	 * The same as {@link #setGlobalVar(String, Asterisk.SetGlobalVarOptions)} with no options.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> setGlobalVar(String variable) {
		return setGlobalVar(variable, new Asterisk.SetGlobalVarOptions());
	}

}
