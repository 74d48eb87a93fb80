import type { CouchStep } from '../../../../../electron/core/sync/setup/couch-answers';

/**
 * Answers CouchDB-protocol servers give to the requests setup makes, written here after the shapes
 * their public documentation shows (each `source` says which); bodies are as the server sends them.
 */
export interface CouchAnswer {
  name: string;
  step: CouchStep;
  status: number;
  /** The raw body text (parsed as JSON by the test, as the client does). */
  body: string;
  source: string;
}

export const ANSWERS: CouchAnswer[] = [
  {
    name: 'apache-couchdb-3-root',
    step: 'welcome',
    status: 200,
    body: '{"couchdb":"Welcome","version":"3.3.3","git_sha":"40afbcfc7","uuid":"0a959b9b8227188afc2ac26ccdf345a6","features":["access-ready","partitioned","pluggable-storage-engines","reshard","scheduler"],"vendor":{"name":"The Apache Software Foundation"}}\n',
    source: 'CouchDB 3 API reference, GET / (api/server/common)',
  },
  {
    name: 'cloudant-root',
    step: 'welcome',
    status: 200,
    body: '{"couchdb":"Welcome","version":"2.1.1","vendor":{"name":"IBM Cloudant","version":"8162","variant":"paas"},"features":["geo","scheduler","iam"]}',
    source: 'IBM Cloudant API docs, getServerInformation example response',
  },
  {
    name: 'pouchdb-server-root',
    step: 'welcome',
    status: 200,
    body: '{"express-pouchdb":"Welcome!","version":"4.2.0","pouchdb-adapters":["leveldb"],"vendor":{"name":"PouchDB authors","version":"4.2.0"},"uuid":"85344b00-530c-4857-b104-c1a75705a547"}',
    source: 'express-pouchdb 4.2.0 root route (lib/routes/root.js), as it answers',
  },
  {
    name: 'router-login-page',
    step: 'welcome',
    status: 200,
    body: '<!DOCTYPE html><html><head><title>Router login</title></head><body><form method="post">…</form></body></html>',
    source: "a home router's web UI on the same port (an HTML page where JSON was expected)",
  },
  {
    name: 'nginx-404',
    step: 'welcome',
    status: 404,
    body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    source: 'nginx default error page (ngx_http_special_response.c)',
  },
  { name: 'other-json-api', step: 'welcome', status: 200, body: '{"status":"UP"}', source: 'Spring Boot actuator /health shape: JSON, but not CouchDB' },
  { name: 'create-db-created', step: 'create-db', status: 201, body: '{"ok":true}\n', source: 'CouchDB API reference, PUT /{db} — 201 Created' },
  { name: 'create-db-accepted', step: 'create-db', status: 202, body: '{"ok":true}\n', source: 'CouchDB API reference, PUT /{db} — 202 Accepted (at least one node wrote it)' },
  { name: 'create-db-exists', step: 'create-db', status: 412, body: '{"error":"file_exists","reason":"The database could not be created, the file already exists."}\n', source: 'CouchDB API reference, PUT /{db} — 412 Precondition Failed' },
  { name: 'create-db-exists-pouchdb', step: 'create-db', status: 412, body: '{"error":"file_exists","reason":"The database could not be created."}', source: 'express-pouchdb 4.2.0 lib/routes/db.js, as it answers' },
  { name: 'create-db-wrong-password', step: 'create-db', status: 401, body: '{"error":"unauthorized","reason":"Name or password is incorrect."}\n', source: 'CouchDB API reference, Authentication — Basic auth with a wrong password' },
  { name: 'create-db-not-admin', step: 'create-db', status: 401, body: '{"error":"unauthorized","reason":"You are not a server admin."}\n', source: 'CouchDB couch_httpd:verify_is_server_admin — a valid user without the admin role' },
  { name: 'create-db-forbidden', step: 'create-db', status: 403, body: '{"error":"forbidden","reason":"You are not allowed to access this db."}\n', source: 'CouchDB API reference, HTTP status codes — 403 Forbidden' },
  {
    name: 'create-db-illegal-name',
    step: 'create-db',
    status: 400,
    body: '{"error":"illegal_database_name","reason":"Name: \'_db\'. Only lowercase characters (a-z), digits (0-9), and any of the characters _, $, (, ), +, -, and / are allowed. Must begin with a letter."}\n',
    source: 'CouchDB API reference, PUT /{db} — 400 Bad Request',
  },
  {
    name: 'cloudant-rate-limited',
    step: 'create-db',
    status: 429,
    body: '{"error":"too_many_requests","reason":"You\'ve exceeded your current limit of 5 requests per second for global_query class. Please try later.","class":"global_query","rate":5}',
    source: 'IBM Cloudant docs, provisioned throughput — 429 Too Many Requests',
  },
  { name: 'server-error', step: 'create-db', status: 500, body: '{"error":"unknown_error","reason":"function_clause"}\n', source: 'CouchDB API reference, HTTP status codes — 500' },
  { name: 'insufficient-storage', step: 'put-security', status: 507, body: '{"error":"insufficient_storage","reason":"No space left on device"}', source: 'RFC 4918 §11.5, 507 Insufficient Storage, as a server out of disk answers' },
  { name: 'put-user-created', step: 'put-user', status: 201, body: '{"ok":true,"id":"org.couchdb.user:jan","rev":"1-e0ebfb84005b920488fc7a8cc5470cc0"}\n', source: 'CouchDB docs, Security — Creating a New User' },
  { name: 'put-user-exists', step: 'put-user', status: 409, body: '{"error":"conflict","reason":"Document update conflict."}\n', source: 'CouchDB API reference, PUT /{db}/{docid} — 409 Conflict' },
  {
    name: 'put-user-no-users-db',
    step: 'put-user',
    status: 404,
    body: '{"error":"not_found","reason":"Database does not exist."}\n',
    source: 'CouchDB 3 docs, Single Node Setup — the _users system database must be created before users are (the official Docker image starts without it)',
  },
  { name: 'put-security-ok', step: 'put-security', status: 200, body: '{"ok":true}\n', source: 'CouchDB API reference, PUT /{db}/_security — 200 OK' },
  {
    name: 'member-reads',
    step: 'member-check',
    status: 200,
    body: '{"db_name":"hearback-alex-kim-a1b2","purge_seq":"0-g1AAAA","update_seq":"0-g1AAAA","sizes":{"file":16692,"external":0,"active":0},"props":{},"doc_del_count":0,"doc_count":0,"disk_format_version":8,"compact_running":false,"cluster":{"q":2,"n":1,"w":1,"r":1},"instance_start_time":"0"}\n',
    source: 'CouchDB 3 API reference, GET /{db} — 200 OK',
  },
  { name: 'member-wrong-password', step: 'member-check', status: 401, body: '{"error":"unauthorized","reason":"Name or password is incorrect."}\n', source: 'CouchDB API reference, Authentication' },
  { name: 'member-not-a-member', step: 'member-check', status: 403, body: '{"error":"forbidden","reason":"You are not allowed to access this db."}\n', source: "CouchDB docs, Security — a user missing from the database's members" },
  { name: 'member-db-deleted', step: 'member-check', status: 404, body: '{"error":"not_found","reason":"Database does not exist."}\n', source: 'CouchDB API reference, GET /{db} — 404 Not Found' },
];
