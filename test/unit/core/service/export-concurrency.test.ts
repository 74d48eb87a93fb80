import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ExportTarget } from '../../../../electron/core';
import type { Application } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';

/**
 * An export target whose "save dialog" stays open until the test answers it, then streams the
 * export through a sink that is read slowly — the two ways an export used to hold every change.
 */
function slowTarget() {
  let answer: () => void = () => {};
  const dialogAnswered = new Promise<void>((resolve) => (answer = resolve));
  let opened: () => void = () => {};
  const dialogOpen = new Promise<void>((resolve) => (opened = resolve));
  let text = '';
  const target: ExportTarget = {
    async save({ fileName, write }) {
      opened();
      await dialogAnswered;
      const sink = new PassThrough({ highWaterMark: 1024 });
      const chunks: Buffer[] = [];
      sink.on('data', (c: Buffer) => chunks.push(c));
      await write(sink);
      sink.end();
      text = Buffer.concat(chunks).toString('utf8');
      return { kind: 'download', url: `/memory/${fileName}`, fileName };
    },
  };
  return { target, dialogOpen, answer, text: () => text };
}

describe('exports read a snapshot and do not hold writes', () => {
  it('a change made while the save dialog is open is acknowledged at once, and the file is the data as it was when the export began', async () => {
    const slow = slowTarget();
    const core = await openTestCore({ exportTarget: slow.target });
    for (let i = 0; i < 30; i++) await ok<Application>(core, 'applications.create', { company: `Before ${i}`, role: 'Engineer' });

    const exporting = core.dispatch('export.run', { format: 'json' });
    await slow.dialogOpen;
    // Would wait for the dialog (forever, here) if exports held the call queue.
    const during = await ok<Application>(core, 'applications.create', { company: 'During the export', role: 'Engineer' });
    await ok(core, 'applications.move', { id: during.id, toStageId: 'offer', toIndex: 0 });
    slow.answer();
    const result = await exporting;
    expect(result.ok).toBe(true);

    const backup = JSON.parse(slow.text()) as { applications: Application[]; history: { seq: number; summary: string }[] };
    expect(backup.applications).toHaveLength(30);
    expect(backup.applications.map((a) => a.company)).not.toContain('During the export');
    // The history ends where the snapshot was taken: nothing from the later writes.
    expect(backup.history.some((e) => e.summary.includes('During the export'))).toBe(false);
    expect(backup.history.map((e) => e.seq)).toEqual([...backup.history.map((e) => e.seq)].sort((a, b) => a - b));

    // And the later writes are there for the next export.
    const after = await ok<{ applications: Application[] }>(core, 'workspace.get', {});
    expect(after.applications.map((a) => a.company)).toContain('During the export');
    await core.close();
  });

  it('calls after an export still run one at a time, in order', async () => {
    const slow = slowTarget();
    const core = await openTestCore({ exportTarget: slow.target });
    const exporting = core.dispatch('export.run', { format: 'csv-applications' });
    await slow.dialogOpen;
    const order: string[] = [];
    await Promise.all(
      ['A', 'B', 'C'].map(async (name) => {
        await ok(core, 'applications.create', { company: name, role: 'R', stageId: 'applied' });
        order.push(name);
      }),
    );
    expect(order).toEqual(['A', 'B', 'C']);
    const applied = (await ok<{ applications: Application[] }>(core, 'workspace.get', {})).applications.filter((a) => a.stageId === 'applied').sort((a, b) => a.position - b.position);
    expect(applied.map((a) => a.company)).toEqual(['A', 'B', 'C']);
    slow.answer();
    expect((await exporting).ok).toBe(true);
    await core.close();
  });
});
