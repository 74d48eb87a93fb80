import { describe, expect, it, vi } from 'vitest';
import { notificationsAvailable, probeNotificationService, type ProbeExec } from '../../../../electron/main/notifications/dbus-probe';

const env = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };

describe('probeNotificationService', () => {
  it('says no without a session bus, without running anything', async () => {
    const exec = vi.fn<ProbeExec>();
    await expect(probeNotificationService({}, exec)).resolves.toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('asks the notification server itself through gdbus, with a timeout', async () => {
    const exec = vi.fn<ProbeExec>(async () => ({ ok: true, stdout: "('dunst', 'knopwob', '1.9', '1.2')" }));
    await expect(probeNotificationService(env, exec)).resolves.toBe(true);
    const [file, args, timeout] = exec.mock.calls[0] ?? [];
    expect(file).toBe('gdbus');
    expect(args).toContain('org.freedesktop.Notifications.GetServerInformation');
    expect(timeout).toBeGreaterThan(0);
    expect(timeout).toBeLessThanOrEqual(5000);
  });

  it('tries dbus-send when gdbus is missing or fails', async () => {
    const exec = vi.fn<ProbeExec>(async (file) => ({ ok: file === 'dbus-send', stdout: '' }));
    await expect(probeNotificationService(env, exec)).resolves.toBe(true);
    expect(exec.mock.calls.map((c) => c[0])).toEqual(['gdbus', 'dbus-send']);
  });

  it('says no when nobody owns org.freedesktop.Notifications', async () => {
    await expect(probeNotificationService(env, async () => ({ ok: false, stdout: '' }))).resolves.toBe(false);
  });
});

describe('notificationsAvailable', () => {
  it('does not consult isSupported on Linux when the probe fails', async () => {
    const isSupported = vi.fn(() => true);
    await expect(notificationsAvailable('linux', isSupported, async () => false)).resolves.toBe(false);
    expect(isSupported).not.toHaveBeenCalled();
  });

  it('skips the D-Bus probe elsewhere', async () => {
    const probe = vi.fn(async () => false);
    await expect(notificationsAvailable('darwin', () => true, probe)).resolves.toBe(true);
    await expect(notificationsAvailable('win32', () => false, probe)).resolves.toBe(false);
    expect(probe).not.toHaveBeenCalled();
  });
});
