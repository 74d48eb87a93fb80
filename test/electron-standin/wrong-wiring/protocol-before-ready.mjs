// Wrong: the protocol handler is installed while the main script runs, before `ready`.
import { protocol } from 'electron';

protocol.handle('app', () => new Response('hello'));
