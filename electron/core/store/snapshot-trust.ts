import type { JournalOpenReport } from './history-journal';
import { restoreFromBackups, type LoadedSnapshot } from './snapshot-loader';
import type { StoreFs } from './store-fs';

/**
 * Which snapshot to build on, once the journal's end is known:
 *
 * | snapshot                                   | history                 | built on                               |
 * |--------------------------------------------|-------------------------|----------------------------------------|
 * | its checksum fails (or unparseable)         | any                     | the newest backup that verifies (loadMainSnapshot) |
 * | verified, claims no change past the history | —                       | the snapshot, plus the journal's tail  |
 * | verified, claims changes past the history   | ends earlier            | the snapshot (it is as Hearback wrote it: the journal lost lines); a notice says which changes the history misses |
 * | without a checksum (older), claims changes  | ends earlier, not empty | not trusted: the newest backup within the history, plus the journal |
 * | any                                         | missing or empty        | the snapshot; a notice says changes after it was saved could not be recovered |
 */
export function trustedSnapshot(loaded: LoadedSnapshot, opened: JournalOpenReport, journalEnd: number, at: { dataDir: string; now: string; fs: StoreFs; readOnly: boolean }): { loaded: LoadedSnapshot; opened: JournalOpenReport } {
  const claimed = loaded.snapshot.lastSeq;
  const end = journalEnd;
  if (claimed <= end || end === 0 || loaded.signed || loaded.readOnlyReason !== null) return { loaded, opened };
  const restored = restoreFromBackups(at.dataDir, at.now, at.fs, at.readOnly, {
    damage: `Your data file claims change #${claimed}, but the history ends at change #${end}, so it was not trusted`,
    maxSeq: end,
    code: 'snapshot-not-trusted',
  });
  // Damaged journal lines the untrusted snapshot seemed to hold are lost unless the backup holds them.
  const seq = restored.snapshot.lastSeq;
  const heldBy = (d: JournalOpenReport['covered'][number]) => (d.afterSeq ?? 0) < seq && d.seqs.every((s) => s <= seq);
  return {
    loaded: restored,
    opened: { ...opened, covered: opened.covered.filter(heldBy), lost: [...opened.lost, ...opened.covered.filter((d) => !heldBy(d))] },
  };
}
