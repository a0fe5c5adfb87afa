package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.AsteriskInfo;
import io.ariqueue.ari.model.AsteriskPing;
import io.ariqueue.ari.model.ConfigTuple;
import io.ariqueue.ari.model.LogChannel;
import io.ariqueue.ari.model.Module;
import io.ariqueue.ari.model.Variable;

/**
 * The Asterisk instance itself: system information, modules, log channels, global variables and dynamic configuration,
 * with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncAsterisk}.
 */
public interface Asterisk {

	/**
	 * Read one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @return the object's attributes and values
	 */
	List<ConfigTuple> getObject(String configClass, String objectType, String id);

	/**
	 * Create or change one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @param options the optional parameters, {@code new UpdateObjectOptions()} for none
	 * @return the object's attributes and values after the change
	 */
	List<ConfigTuple> updateObject(String configClass, String objectType, String id, UpdateObjectOptions options);

	/**
	 * Create or change one dynamic configuration object through the Sorcery API.
	 * <p>
	 * The same as {@link #updateObject(String, String, String, UpdateObjectOptions)} with no options.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 * @return the object's attributes and values after the change
	 */
	default List<ConfigTuple> updateObject(String configClass, String objectType, String id) {
		return updateObject(configClass, objectType, id, new UpdateObjectOptions());
	}

	/**
	 * Delete one dynamic configuration object through the Sorcery API.
	 * @param configClass the configuration class, for example {@code res_pjsip}
	 * @param objectType the type of configuration object, for example {@code endpoint}
	 * @param id the configuration object's id
	 */
	void deleteObject(String configClass, String objectType, String id);

	/**
	 * Read system information about the Asterisk instance.
	 * @param options the optional parameters, {@code new GetInfoOptions()} for none
	 * @return the {@link AsteriskInfo}
	 */
	AsteriskInfo getInfo(GetInfoOptions options);

	/**
	 * Read system information about the Asterisk instance.
	 * <p>
	 * The same as {@link #getInfo(GetInfoOptions)} with no options.
	 * @return the {@link AsteriskInfo}
	 */
	default AsteriskInfo getInfo() {
		return getInfo(new GetInfoOptions());
	}

	/**
	 * Check that Asterisk answers, and learn its id and clock.
	 * @return the {@link AsteriskPing}
	 */
	AsteriskPing ping();

	/**
	 * List the modules loaded into Asterisk.
	 * @return the {@link Module} list
	 */
	List<Module> listModules();

	/**
	 * Read the details of one loaded module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 * @return the {@link Module}
	 */
	Module getModule(String moduleName);

	/**
	 * Load a module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 */
	void loadModule(String moduleName);

	/**
	 * Unload a module.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 */
	void unloadModule(String moduleName);

	/**
	 * Reload a module, for example to apply configuration changes.
	 * @param moduleName the module's name, for example {@code res_pjsip.so}
	 */
	void reloadModule(String moduleName);

	/**
	 * List the log channels.
	 * @return the {@link LogChannel} list
	 */
	List<LogChannel> listLogChannels();

	/**
	 * Add a log channel.
	 * @param logChannelName the log channel's name
	 * @param configuration the levels the channel records, for example {@code notice,warning,error}
	 */
	void addLog(String logChannelName, String configuration);

	/**
	 * Remove a log channel.
	 * @param logChannelName the log channel's name
	 */
	void deleteLog(String logChannelName);

	/**
	 * Rotate a log channel's file.
	 * @param logChannelName the log channel's name
	 */
	void rotateLog(String logChannelName);

	/**
	 * Read a global dialplan variable.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @return the {@link Variable}
	 */
	Variable getGlobalVar(String variable);

	/**
	 * Set a global dialplan variable.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 * @param options the optional parameters, {@code new SetGlobalVarOptions()} for none
	 */
	void setGlobalVar(String variable, SetGlobalVarOptions options);

	/**
	 * Set a global dialplan variable.
	 * <p>
	 * The same as {@link #setGlobalVar(String, SetGlobalVarOptions)} with no options.
	 * @param variable the variable or dialplan function, for example {@code CALLERID(num)}
	 */
	default void setGlobalVar(String variable) {
		setGlobalVar(variable, new SetGlobalVarOptions());
	}

	/**
	 * Optional parameters of {@code updateObject}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class UpdateObjectOptions {

		private final Map<String, String> fields;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public UpdateObjectOptions() {
			this(null);
		}

		private UpdateObjectOptions(Map<String, String> fields) {
			this.fields = fields;
		}

		/**
		 * Attributes to set on the object, attribute name to value, in order.
		 * @param fields the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code fields} set
		 */
		public UpdateObjectOptions fields(Map<String, String> fields) {
			return new UpdateObjectOptions(ResourceSupport.copyOf(fields));
		}

		/**
		 * The value set with {@link #fields(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> fields() {
			return this.fields;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof UpdateObjectOptions that)) {
				return false;
			}
			return Objects.equals(this.fields, that.fields);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.fields);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("UpdateObjectOptions", "fields", this.fields);
		}

	}

	/**
	 * Optional parameters of {@code getInfo}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class GetInfoOptions {

		private final List<String> only;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public GetInfoOptions() {
			this(null);
		}

		private GetInfoOptions(List<String> only) {
			this.only = only;
		}

		/**
		 * The sections to read; all of them when left out (one of {@code build}, {@code system}, {@code config},
		 * {@code status}).
		 * @param only the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code only} set
		 */
		public GetInfoOptions only(List<String> only) {
			return new GetInfoOptions(ResourceSupport.copyOf(only));
		}

		/**
		 * The value set with {@link #only(List)}.
		 * @return the value, or {@code null} if not set
		 */
		public List<String> only() {
			return this.only;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof GetInfoOptions that)) {
				return false;
			}
			return Objects.equals(this.only, that.only);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.only);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("GetInfoOptions", "only", this.only);
		}

	}

	/**
	 * Optional parameters of {@code setGlobalVar}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SetGlobalVarOptions {

		private final String value;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SetGlobalVarOptions() {
			this(null);
		}

		private SetGlobalVarOptions(String value) {
			this.value = value;
		}

		/**
		 * The value to set; leave it out to clear the variable.
		 * @param value the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code value} set
		 */
		public SetGlobalVarOptions value(String value) {
			return new SetGlobalVarOptions(value);
		}

		/**
		 * The value set with {@link #value(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String value() {
			return this.value;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof SetGlobalVarOptions that)) {
				return false;
			}
			return Objects.equals(this.value, that.value);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.value);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SetGlobalVarOptions", "value", this.value);
		}

	}

}
