// Wrong: the window is created while the main script runs, before `ready`.
import { BrowserWindow } from 'electron';

new BrowserWindow({ show: false });
