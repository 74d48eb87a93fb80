import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkSearchWeekNotice } from '../../../../shared/contract/events';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain';
import { createWorkLogReminder, WORK_LOG_REMINDER_FILE } from '../../../../electron/core/wiring/work-log-reminder';
import { tempDir } from '../../../support/core';
import { FaultyFs } from '../../../support/faulty-fs';

/** The rows of work-log-reminder.ts's table: recorded, not recorded, damaged file. */

const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC', quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null } };
const MONDAY_TEN = Date.parse('2026-03-09T10:00:00Z');

function reminder(dataDir: string, fs?: FaultyFs) {
  const shown: WorkSearchWeekNotice[] = [];
  const warnings: string[] = [];
  const r = createWorkLogReminder({ dataDir, ...(fs ? { fs } : {}), settings: () => settings, zone: () => 'UTC', count: () => 2, show: (n) => shown.push(n), warn: (m) => warnings.push(m) });
  return { r, shown, warnings };
}

describe('weekly reminder record (this computer’s state)', () => {
  it('recorded before it is shown: the file names the week', () => {
    const dir = tempDir();
    const { r, shown } = reminder(dir);
    r.check(MONDAY_TEN);
    expect(shown.map((n) => n.week.from)).toEqual(['2026-03-02']);
    expect(JSON.parse(readFileSync(join(dir, `${WORK_LOG_REMINDER_FILE}.json`), 'utf8'))).toMatchObject({ version: 1, shownForWeek: '2026-03-02' });
    expect(reminder(dir).r.problem).toBeNull();
  });

  it('a disk that refuses the record: shown anyway, once this session, and said in the log', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    fs.arm('enospc', 1);
    const { r, shown, warnings } = reminder(dir, fs);
    r.check(MONDAY_TEN);
    r.check(MONDAY_TEN + 60_000);
    expect(shown).toHaveLength(1);
    expect(warnings.join(' ')).toMatch(/could not be recorded/);
  });

  it('a damaged file is set aside with a plain problem, and the reminder still works', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${WORK_LOG_REMINDER_FILE}.json`), '{"version":1,"shownForWeek":"last wee');
    const { r, shown } = reminder(dir);
    expect(r.problem).toMatch(/worklog-reminder\.json/);
    r.check(MONDAY_TEN);
    expect(shown).toHaveLength(1);
  });
});
