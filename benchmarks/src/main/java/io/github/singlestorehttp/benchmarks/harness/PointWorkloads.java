package io.github.singlestorehttp.benchmarks.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import io.github.singlestorehttp.benchmarks.fixture.JdkDataApiClient;
import io.github.singlestorehttp.client.SingleStoreRowMapper;
import io.github.singlestorehttp.client.SingleStoreTemplate;

/**
 * The point statements of the end-to-end comparison, a primary-key SELECT and a single-row INSERT, each made the
 * same way through the template, plain JDBC on the same H2 database, and (SELECT only) the plain JDK client.
 */
final class PointWorkloads {

	static final int USERS = 10_000;

	private static final String SELECT = "SELECT id, name, email FROM users WHERE id = ?";

	private static final String INSERT = "INSERT INTO events (user_id, kind, payload) VALUES (?, ?, ?)";

	private static final SingleStoreRowMapper<User> USER = (row, index) -> new User(row.get(0, Long.class),
			row.get(1, String.class), row.get(2, String.class));

	private final SingleStoreTemplate template;

	private final DataSource jdbc;

	private final JdkDataApiClient jdk;

	PointWorkloads(SingleStoreTemplate template, DataSource jdbc, JdkDataApiClient jdk) {
		this.template = template;
		this.jdbc = jdbc;
		this.jdk = jdk;
	}

	/**
	 * Creates the tables and the users, through the template.
	 */
	void createSchema() {
		this.template.update("CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL, email VARCHAR(128))");
		this.template.update("CREATE TABLE events (id BIGINT AUTO_INCREMENT PRIMARY KEY, user_id BIGINT NOT NULL, "
				+ "kind VARCHAR(32) NOT NULL, payload VARCHAR(255))");
		List<Object[]> users = new ArrayList<>(USERS);
		for (long id = 1; id <= USERS; id++) {
			users.add(new Object[] { id, "user-" + id, "user" + id + "@example.com" });
		}
		this.template.batchUpdate("INSERT INTO users (id, name, email) VALUES (?, ?, ?)", users);
	}

	/**
	 * Empties the events table, so that every INSERT run starts from the same state.
	 */
	void clearEvents() {
		this.template.update("TRUNCATE TABLE events");
	}

	Call select(Client client) {
		return switch (client) {
			case TEMPLATE -> (random) -> expectOne(this.template.query(SELECT, USER, userId(random)).size());
			case JDK_HTTP_CLIENT -> (random) -> this.jdk.query(SELECT, userId(random));
			case JDBC -> (random) -> {
				try (Connection connection = this.jdbc.getConnection();
						PreparedStatement statement = connection.prepareStatement(SELECT)) {
					statement.setLong(1, userId(random));
					try (ResultSet rows = statement.executeQuery()) {
						List<User> users = new ArrayList<>(1);
						while (rows.next()) {
							users.add(new User(rows.getLong(1), rows.getString(2), rows.getString(3)));
						}
						expectOne(users.size());
					}
				}
			};
		};
	}

	Call insert(Client client) {
		return switch (client) {
			case TEMPLATE -> (random) -> expectOne(
					this.template.update(INSERT, userId(random), "click", "payload of an event").rowsAffected());
			case JDK_HTTP_CLIENT -> (random) -> this.jdk.exec(INSERT, userId(random), "click", "payload of an event");
			case JDBC -> (random) -> {
				try (Connection connection = this.jdbc.getConnection();
						PreparedStatement statement = connection.prepareStatement(INSERT)) {
					statement.setLong(1, userId(random));
					statement.setString(2, "click");
					statement.setString(3, "payload of an event");
					expectOne(statement.executeUpdate());
				}
			};
		};
	}

	private static long userId(SplittableRandom random) {
		return random.nextLong(USERS) + 1;
	}

	private static void expectOne(long count) {
		if (count != 1) {
			throw new IllegalStateException("Expected one row, got " + count);
		}
	}

	/**
	 * A row of {@code users}.
	 * @param id the id
	 * @param name the name
	 * @param email the email
	 */
	record User(Long id, String name, String email) {
	}

	/**
	 * Who makes the calls.
	 */
	enum Client {

		/** The template, blocking. */
		TEMPLATE("template"),
		/** The JDK HttpClient + Jackson baseline over HTTP. */
		JDK_HTTP_CLIENT("JDK HttpClient"),
		/** Plain JDBC (HikariCP) on the server's H2 database, no HTTP. */
		JDBC("JDBC (no HTTP)");

		private final String label;

		Client(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
