// Wrong: the sandbox is switched on after `ready`, when renderers may already exist.
import { app } from 'electron';

void app.whenReady().then(() => app.enableSandbox());
