import { join } from 'node:path';
import { encryptedFileSecretStore, memorySecretStore, type SecretStore } from '../../core/secrets/secret-store';

/** The parts of Electron's `safeStorage` used here (passed in, so this is testable without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret service backs it; `basic_text` means a hard-coded key, i.e. no protection. */
  getSelectedStorageBackend?(): string;
}

export const NO_KEYCHAIN_REASON =
  'No system keychain is available (on Linux, a secret service such as GNOME Keyring or KWallet), so passwords and private links are kept in memory for this run only; you will be asked again after a restart.';

/**
 * The desktop app's secrets: encrypted with the OS keychain through safeStorage into
 * `<userData>/secrets.json` (outside the data folder, so a copy of the data holds none) — or, where
 * safeStorage would not really encrypt (no keychain; Linux's `basic_text` backend), kept in memory
 * and said so. Call after `app.ready` (safeStorage is not usable before it).
 */
export function osSecretStore(userData: string, safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): SecretStore {
  const plainOnLinux = platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || plainOnLinux) return memorySecretStore(NO_KEYCHAIN_REASON);
  return encryptedFileSecretStore(join(userData, 'secrets.json'), {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(Buffer.from(encrypted)),
  });
}
