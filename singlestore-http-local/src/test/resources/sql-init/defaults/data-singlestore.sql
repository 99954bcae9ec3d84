INSERT INTO greetings (text) VALUES ('hello');
