<?php
// A CalDAV server for Hearback's tests: Debian's Sabre/DAV (the engine of Nextcloud and Baïkal)
// over SQLite, one user checked against values the test passes in the environment. Sabre keeps
// each calendar's ctag as a counter in its table, as the big providers keep theirs.
date_default_timezone_set('UTC');
require_once 'Sabre/autoload.php';

class EnvBasicAuth extends \Sabre\DAV\Auth\Backend\AbstractBasic {
    protected function validateUserPass($username, $password) {
        return $username === getenv('HB_DAV_USER') && $password === getenv('HB_DAV_PASSWORD');
    }
}

$pdo = new \PDO('sqlite:' . getenv('HB_DAV_DB'));
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
$principals = new \Sabre\DAVACL\PrincipalBackend\PDO($pdo);
$calendars = new \Sabre\CalDAV\Backend\PDO($pdo);
$server = new \Sabre\DAV\Server(array(
    new \Sabre\CalDAV\Principal\Collection($principals),
    new \Sabre\CalDAV\CalendarRootNode($principals, $calendars),
));
$server->setBaseUri('/');
$server->addPlugin(new \Sabre\DAV\Auth\Plugin(new EnvBasicAuth(), 'Hearback test'));
$server->addPlugin(new \Sabre\DAVACL\Plugin());
$server->addPlugin(new \Sabre\CalDAV\Plugin());
$server->exec();
