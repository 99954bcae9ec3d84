-- Found by the default location schema-${platform}.sql, platform singlestore
CREATE TABLE greetings (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(100) NOT NULL);
