package io.github.singlestorehttp.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Counts the requests a {@link FaultInjectingProxy} forwarded to one endpoint, by body, to tell how many times the
 * server received each statement. Statements whose arguments make them unique (such as an insert of a unique key)
 * appear more than once only if the client sent them again after the server had received them.
 */
final class ReceivedRequests implements Consumer<byte[]> {

	private static final String HEAD_END = "\r\n\r\n";

	private final String requestLinePrefix;

	private final Map<String, Integer> bodies = new ConcurrentHashMap<>();

	/**
	 * Count the requests to a path.
	 * @param method the HTTP method, such as {@code POST}
	 * @param path the path, such as {@code /api/v2/exec}
	 */
	ReceivedRequests(String method, String path) {
		this.requestLinePrefix = method + " " + path + " ";
	}

	@Override
	public void accept(byte[] request) {
		String text = new String(request, StandardCharsets.UTF_8);
		int headEnd = text.indexOf(HEAD_END);
		if (text.startsWith(this.requestLinePrefix) && headEnd >= 0) {
			this.bodies.merge(text.substring(headEnd + HEAD_END.length()), 1, Integer::sum);
		}
	}

	/**
	 * The number of requests received, counting repeats.
	 * @return the count
	 */
	int total() {
		return this.bodies.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The bodies received more than once.
	 * @return the bodies
	 */
	List<String> receivedMoreThanOnce() {
		return this.bodies.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.collect(Collectors.toList());
	}

}
