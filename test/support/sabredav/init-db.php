<?php
// Creates the SQLite tables from the schema files Debian's php-sabre-dav ships, with one principal.
$user = $argv[2];
$pdo = new \PDO('sqlite:' . $argv[1]);
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
$sql = '/usr/share/doc/php-sabre-dav/examples/sql/';
$pdo->exec(file_get_contents($sql . 'sqlite.calendars.sql'));
$principals = file_get_contents($sql . 'sqlite.principals.sql');
// Only the tables: the example's own principals are replaced by the test's user.
$pdo->exec(preg_replace('/^INSERT.*$/m', '', $principals));
$insert = $pdo->prepare('INSERT INTO principals (uri, email, displayname) VALUES (?, ?, ?)');
$insert->execute(array("principals/$user", "$user@example.org", $user));
$insert->execute(array("principals/$user/calendar-proxy-read", null, null));
$insert->execute(array("principals/$user/calendar-proxy-write", null, null));
