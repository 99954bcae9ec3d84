package io.github.singlestorehttp.sample;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.stereotype.Service;

/**
 * Reads and writes users through the auto-configured {@link SingleStoreTemplate}. The {@code users} table
 * comes from {@code schema.sql}, run at startup. Values always travel
 * as statement arguments, never spliced into the SQL.
 */
@Service
public class UserService {

	private final SingleStoreTemplate template;

	/**
	 * Create the service.
	 * @param template the template
	 */
	public UserService(SingleStoreTemplate template) {
		this.template = template;
	}

	/**
	 * Insert a user.
	 * @param name the name
	 * @return the generated id and the number of rows inserted
	 */
	public ExecResult insert(String name) {
		return this.template.update("INSERT INTO users (name) VALUES (?)", name);
	}

	/**
	 * All users, in id order.
	 * @return the users
	 */
	public List<User> findAll() {
		return this.template.query("SELECT id, name FROM users ORDER BY id", User.class);
	}

	/**
	 * All users, streamed as they are read.
	 * @return the users
	 */
	public Flux<User> streamAll() {
		return this.template.reactive().query("SELECT id, name FROM users ORDER BY id", User.class);
	}

	/**
	 * One user.
	 * @param id the id
	 * @return the user, or empty when there is none with that id
	 */
	public Optional<User> findById(long id) {
		return this.template.sql("SELECT id, name FROM users WHERE id = :id").param("id", id).query(User.class).optional();
	}

	/**
	 * Rename a user.
	 * @param id the id
	 * @param name the new name
	 * @return the number of rows changed
	 */
	public ExecResult rename(long id, String name) {
		return this.template.sql("UPDATE users SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
	}

	/**
	 * Delete a user.
	 * @param id the id
	 * @return the number of rows deleted
	 */
	public ExecResult delete(long id) {
		return this.template.update("DELETE FROM users WHERE id = ?", id);
	}

}
