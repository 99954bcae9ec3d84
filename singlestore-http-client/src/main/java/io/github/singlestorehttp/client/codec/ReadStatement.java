package io.github.singlestorehttp.client.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognizes statements that provably only read, which may run twice without harm: {@code SELECT} (without
 * {@code INTO}, which writes a file, a variable or an export), {@code SHOW}, {@code DESCRIBE}/{@code DESC},
 * {@code EXPLAIN}, and {@code WITH …} whose main statement is such a {@code SELECT}. Anything else, a
 * {@code CALL}, an {@code ECHO} or DML sent through a query method included, is a write.
 */
final class ReadStatement {

	private static final Set<String> READ_KEYWORDS = Set.of("SHOW", "DESCRIBE", "DESC", "EXPLAIN");

	private static final Set<String> MAIN_STATEMENT_KEYWORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE",
			"REPLACE", "TABLE", "VALUES", "CALL");

	private ReadStatement() {
	}

	/**
	 * Whether a statement provably only reads.
	 * @param sql the statement
	 * @return {@code true} for a read
	 */
	static boolean isProvableRead(String sql) {
		List<Word> words = words(sql);
		if (words.isEmpty()) {
			return false;
		}
		String first = words.get(0).text();
		if (READ_KEYWORDS.contains(first)) {
			return true;
		}
		if (first.equals("SELECT")) {
			return !hasInto(words);
		}
		if (first.equals("WITH")) {
			return mainStatementKeyword(words).equals("SELECT") && !hasInto(words);
		}
		return false;
	}

	/**
	 * The keyword of a {@code WITH} statement's main statement: common table expressions are names,
	 * {@code AS} and parenthesized bodies, so the first statement keyword outside parentheses is the main one
	 * (a name that is a reserved word must be quoted, and quoted text is not code).
	 */
	private static String mainStatementKeyword(List<Word> words) {
		return words.stream()
			.skip(1)
			.filter((word) -> word.depth() == 0 && MAIN_STATEMENT_KEYWORDS.contains(word.text()))
			.map(Word::text)
			.findFirst()
			.orElse("");
	}

	private static boolean hasInto(List<Word> words) {
		return words.stream().anyMatch((word) -> word.text().equals("INTO"));
	}

	private static List<Word> words(String sql) {
		List<Word> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		AtomicInteger depth = new AtomicInteger();
		AtomicInteger previous = new AtomicInteger(-2);
		SqlScanner.forEachCodeCharacter(sql, (i) -> {
			char c = sql.charAt(i);
			boolean wordCharacter = Character.isLetterOrDigit(c) || c == '_' || c == '$';
			if (word.length() > 0 && (!wordCharacter || i != previous.get() + 1)) {
				words.add(new Word(word.toString().toUpperCase(Locale.ROOT), depth.get()));
				word.setLength(0);
			}
			if (wordCharacter) {
				word.append(c);
			}
			depth.addAndGet((c == '(') ? 1 : (c == ')') ? -1 : 0);
			previous.set(i);
		});
		if (word.length() > 0) {
			words.add(new Word(word.toString().toUpperCase(Locale.ROOT), depth.get()));
		}
		return words;
	}

	private record Word(String text, int depth) {
	}

}
