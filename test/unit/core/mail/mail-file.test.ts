import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMailFile, MAIL_FILE, MAX_KEPT_MATCHES, openMailFile, saveMailFile } from '../../../../electron/core/mail/mail-file';
import type { MailMatch } from '../../../../shared/mail';
import { tempDir } from '../../../support/core';

const match = (n: number, status: MailMatch['status']): MailMatch => ({
  id: `mid:m${n}@x`,
  accountId: 'a',
  messageId: `m${n}@x`,
  date: '2026-03-01T00:00:00.000Z',
  sender: 's',
  subject: `s${n}`,
  applicationIds: ['app'],
  via: 'contact',
  outcome: null,
  status,
  answeredApplicationId: null,
});

describe('mail.json stays bounded without losing what still asks the user', () => {
  it('never forgets an open reply, however old; answered ones beyond the bound go oldest first', () => {
    const dir = tempDir();
    const open = [match(0, 'open'), match(1, 'open')];
    const answered = Array.from({ length: MAX_KEPT_MATCHES + 5 }, (_, i) => match(i + 2, 'heard-back'));
    saveMailFile(openMailFile(dir), { ...emptyMailFile(), matches: [open[0]!, ...answered.slice(0, 3), open[1]!, ...answered.slice(3)] });
    const kept = (JSON.parse(readFileSync(join(dir, MAIL_FILE), 'utf8')) as { matches: MailMatch[] }).matches;
    expect(kept.filter((m) => m.status === 'open').map((m) => m.id)).toEqual(open.map((m) => m.id));
    expect(kept.filter((m) => m.status !== 'open')).toHaveLength(MAX_KEPT_MATCHES);
    expect(kept.some((m) => m.id === answered[0]!.id)).toBe(false);
    expect(kept.some((m) => m.id === answered.at(-1)!.id)).toBe(true);
  });
});
