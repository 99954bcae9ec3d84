-- Run at startup by spring.sql.init (mode always, see application.yml), on SingleStore and on the local server.
CREATE TABLE IF NOT EXISTS users (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);
