CREATE TABLE latin (word VARCHAR(20) NOT NULL);
INSERT INTO latin (word) VALUES ('café');
