package io.github.singlestorehttp.local.h2.functions;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FullTextFunctions#matchAgainst} called through H2 in a query over a table.
 */
class FullTextFunctionsTest extends FunctionsDatabase {

	@Test
	void rowsContainingAWordOfTheQueryScoreAboveZero() throws SQLException {
		execute("CREATE TABLE articles (id INT, title VARCHAR(100), body VARCHAR(1000))");
		execute("INSERT INTO articles VALUES (1, 'MySQL Tutorial', 'DBMS stands for DataBase')");
		execute("INSERT INTO articles VALUES (2, 'Optimizing', 'In this tutorial, we show how to optimize')");
		execute("INSERT INTO articles VALUES (3, 'Security', 'When configured properly, MySQL is safe')");
		assertThat(value("SELECT SS_MATCH_AGAINST('database', title, body) FROM articles WHERE id = 1")).isEqualTo(1.0);
		assertThat(value("SELECT SS_MATCH_AGAINST('Tutorial DBMS', title, body) FROM articles WHERE id = 1"))
			.isEqualTo(2.0);
		assertThat(value("SELECT SS_MATCH_AGAINST('tutorial', title, body) FROM articles WHERE id = 3")).isEqualTo(0.0);
		assertThat(value("SELECT COUNT(*) FROM articles WHERE SS_MATCH_AGAINST('+mysql -security', title, body) > 0"))
			.isEqualTo(2L);
	}

}
