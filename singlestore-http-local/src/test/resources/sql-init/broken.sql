CREATE TABLE broken (id BIGINT PRIMARY KEY);
INSERT INTO broken (id) VALUES (1);
INSERT INTO no_such_table (id) VALUES (2);
INSERT INTO broken (id) VALUES (3);
