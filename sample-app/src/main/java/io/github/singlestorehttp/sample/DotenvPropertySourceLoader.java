package io.github.singlestorehttp.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Loads {@code .env} files ({@code KEY="value"} lines, as the Python guide writes them) for
 * {@code spring.config.import=optional:file:.env[.env]}: quotes around values are removed, {@code #}
 * comments, blank lines and a leading {@code export} are ignored.
 */
public class DotenvPropertySourceLoader implements PropertySourceLoader {

	@Override
	public String[] getFileExtensions() {
		return new String[] { "env" };
	}

	@Override
	public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
		Map<String, Object> values = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				parse(line, number, resource, values);
			}
		}
		return values.isEmpty() ? List.of() : List.of(new OriginTrackedMapPropertySource(name, values));
	}

	private static void parse(String line, int number, Resource resource, Map<String, Object> values) {
		String trimmed = line.strip();
		if (trimmed.isEmpty() || trimmed.startsWith("#")) {
			return;
		}
		if (trimmed.startsWith("export ")) {
			trimmed = trimmed.substring("export ".length()).strip();
		}
		int equals = trimmed.indexOf('=');
		if (equals <= 0) {
			throw new IllegalStateException("Line " + number + " of " + resource.getDescription()
					+ " is not KEY=value");
		}
		values.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
