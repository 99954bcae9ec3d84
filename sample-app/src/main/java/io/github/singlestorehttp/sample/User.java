package io.github.singlestorehttp.sample;

/**
 * A row of the {@code users} table.
 *
 * @param id the generated id
 * @param name the user's name
 */
public record User(long id, String name) {
}
