import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedFileSecretStore, memorySecretStore, type SecretCipher } from '../../../../electron/core/secrets/secret-store';
import { NO_KEYCHAIN_REASON, osSecretStore, type SafeStorageLike } from '../../../../electron/main/secrets/os-secret-store';
import { ok, openTestCore, tempDir } from '../../../support/core';

/** A stand-in for the OS keychain: reversible, but never the plain text. */
const xorCipher: SecretCipher = {
  encrypt: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (data) => Buffer.from(Buffer.from(data).map((b) => b ^ 0x5a)).toString('utf8'),
};

const safeStorage = (over: Partial<SafeStorageLike> = {}): SafeStorageLike => ({
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(xorCipher.encrypt(plain)),
  decryptString: (data) => xorCipher.decrypt(data),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  ...over,
});

describe('secrets', () => {
  it('in memory: kept for this run, gone with it, and the store says why', () => {
    const store = memorySecretStore('kept for this run');
    store.set('mail:a:password', 'hunter2');
    store.set('mail:b:password', 'x');
    store.set('calendar:c:url', 'https://example.com/secret.ics');
    expect(store.get('mail:a:password')).toBe('hunter2');
    expect(store.keys('mail:').sort()).toEqual(['mail:a:password', 'mail:b:password']);
    store.delete('mail:a:password');
    expect(store.get('mail:a:password')).toBeNull();
    expect(store.persistent).toBe(false);
    expect(store.notPersistentReason).toBe('kept for this run');
  });

  it('encrypted on disk: survive a restart, never written in plain text, the file private', () => {
    const path = join(tempDir(), 'secrets.json');
    const store = encryptedFileSecretStore(path, xorCipher);
    store.set('mail:a:password', 'correct horse battery staple');
    const onDisk = readFileSync(path, 'utf8');
    expect(onDisk).not.toContain('correct horse');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    const reopened = encryptedFileSecretStore(path, xorCipher);
    expect(reopened.get('mail:a:password')).toBe('correct horse battery staple');
    reopened.delete('mail:a:password');
    expect(encryptedFileSecretStore(path, xorCipher).get('mail:a:password')).toBeNull();
  });

  it('a damaged file, or one another keychain wrote, reads as empty instead of failing the app', () => {
    const path = join(tempDir(), 'secrets.json');
    writeFileSync(path, '{"version":1,"secrets":{"k":');
    expect(encryptedFileSecretStore(path, xorCipher).get('k')).toBeNull();
    const written = join(tempDir(), 'secrets.json');
    encryptedFileSecretStore(written, xorCipher).set('k', 'v');
    const otherKeychain: SecretCipher = {
      encrypt: xorCipher.encrypt,
      decrypt: () => {
        throw new Error('wrong key');
      },
    };
    expect(encryptedFileSecretStore(written, otherKeychain).get('k')).toBeNull();
  });

  it('the desktop app encrypts with the keychain, and falls back to memory (saying so) where safeStorage would not really encrypt', () => {
    expect(osSecretStore(tempDir(), safeStorage(), 'linux').persistent).toBe(true);
    expect(osSecretStore(tempDir(), safeStorage(), 'darwin').persistent).toBe(true);
    const noKeychain = osSecretStore(tempDir(), safeStorage({ getSelectedStorageBackend: () => 'basic_text' }), 'linux');
    expect(noKeychain.persistent).toBe(false);
    expect(noKeychain.notPersistentReason).toBe(NO_KEYCHAIN_REASON);
    expect(osSecretStore(tempDir(), safeStorage({ isEncryptionAvailable: () => false }), 'win32').persistent).toBe(false);
  });

  it('the app tells the renderer whether secrets persist (browser mode: memory, with the sentence to show)', async () => {
    const core = await openTestCore();
    const info = await ok<{ secretsPersistent: boolean; secretsNote: string | null }>(core, 'app.info', {});
    expect(info.secretsPersistent).toBe(false);
    expect(info.secretsNote).toMatch(/memory for this run/);
    await core.close();
  });
});
