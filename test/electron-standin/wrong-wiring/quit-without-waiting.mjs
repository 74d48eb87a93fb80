// Wrong: starts saving in 'before-quit' without holding the quit back, so the process ends first.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';

app.on('before-quit', () => {
  void new Promise((resolve) => setTimeout(resolve, 50)).then(() => writeFile(join(app.getPath('userData'), 'saved-at-quit.txt'), 'saved'));
});
void app.whenReady();
