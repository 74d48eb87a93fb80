// Wrong: two modules each register their own privileged scheme (the second call is ignored by Chromium).
import { protocol } from 'electron';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
protocol.registerSchemesAsPrivileged([{ scheme: 'media', privileges: { standard: true, stream: true } }]);
