import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
// js-yaml and ajv are declared dev dependencies; js-yaml ships no types, so both load through require.
const yaml = require('js-yaml') as { load(text: string): unknown };
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = require('ajv') as new (options: Record<string, unknown>) => { compile(schema: unknown): Validate };

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("matches electron-builder's own JSON schema", () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as unknown;
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('identifies the app as the main process does', () => {
    expect(config.appId).toBe('app.hearback.desktop');
    expect(config.productName).toBe('Hearback');
    const main = readFileSync(join(root, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toContain(`'${String(config.appId)}'`);
  });

  it('registers the hearback: scheme the main process handles', () => {
    expect(config.protocols).toEqual([{ name: 'Hearback add link', schemes: ['hearback'] }]);
    const scheme = readFileSync(join(root, 'shared', 'capture', 'add-link.ts'), 'utf8');
    expect(scheme).toContain("ADD_LINK_SCHEME = 'hearback'");
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('packages only the build output and the manifest', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.directories).toMatchObject({ output: 'dist' });
  });

  it('builds AppImage + deb (Office), a hardened dmg with entitlements, and NSIS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(config.win).toMatchObject({ target: ['nsis'] });
  });

  it('points at icon files that exist', () => {
    expect(existsSync(join(root, String(config.icon)))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(root, 'build', 'icons', `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
    }
    expect(readFileSync(join(root, 'build', 'entitlements.mac.plist'), 'utf8')).toContain('com.apple.security.cs.allow-jit');
  });
});
