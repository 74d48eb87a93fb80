// Wrong: shows a notification without keeping a reference to it; its click handler is lost to the garbage collector.
import { app, Notification } from 'electron';

globalThis.clicks = 0;
void app.whenReady().then(() => {
  const notification = new Notification({ title: 'Check in with Contoso', body: 'It has been a week.' });
  notification.on('click', () => {
    globalThis.clicks += 1;
  });
  notification.show();
});
