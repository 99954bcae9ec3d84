package io.github.singlestorehttp.it;

/**
 * The unique key of a row a load caller inserts: the caller's number and its insert's sequence number.
 *
 * @param caller the caller
 * @param seq the insert's number within the caller
 */
record LoadKey(int caller, int seq) {

	/**
	 * The payload the caller stores under this key.
	 * @return the payload
	 */
	String payload() {
		return "caller-" + this.caller + "/insert-" + this.seq;
	}

}
