package io.github.singlestorehttp.autoconfigure;

/**
 * Thrown when the configuration of the Data API client is incomplete or contradictory. It says what is
 * wrong and what to set, and never carries configured values, so that secrets cannot leak through it.
 */
final class InvalidSingleStoreConfigurationException extends IllegalStateException {

	private final String description;

	private final String action;

	/**
	 * Create an exception.
	 * @param description what is wrong
	 * @param action what to set to fix it
	 */
	InvalidSingleStoreConfigurationException(String description, String action) {
		super(description + " " + action);
		this.description = description;
		this.action = action;
	}

	/**
	 * What is wrong.
	 * @return the description
	 */
	String getDescription() {
		return this.description;
	}

	/**
	 * What to set to fix it.
	 * @return the action
	 */
	String getAction() {
		return this.action;
	}

}
