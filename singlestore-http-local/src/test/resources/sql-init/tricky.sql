# MySQL-style comment; not a statement
CREATE TABLE `odd;table` (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    `value;col` VARCHAR(100) NOT NULL -- trailing comment; still one statement
);
/* a block comment; with separators; inside */
INSERT INTO `odd;table` (`value;col`) VALUES ('semi;colon');
INSERT INTO `odd;table` (`value;col`) VALUES ('it\'s; escaped');
INSERT INTO `odd;table` (`value;col`) VALUES ('doubled ''quote''; here');
INSERT INTO `odd;table` (`value;col`) VALUES ("double \"quoted\"; text");
INSERT INTO `odd;table` (`value;col`) VALUES ('back\\slash');
SELECT 5--1;
-- a final comment; with a separator
