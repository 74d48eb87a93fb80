import type { JournalOpenReport } from './history-journal';
import { describeDamagedAction, formatWhen, type DamagedAction } from './journal-shards';
import type { LoadNotice } from './snapshot-loader';

/**
 * What opening found about the history, told once. The rules:
 *
 * | found at open                                   | data kept                    | notice                        |
 * |-------------------------------------------------|------------------------------|-------------------------------|
 * | damaged line the snapshot already holds          | everything                   | info: history entries missing |
 * | damaged line after the snapshot                  | all but that line's action(s) | warning naming each lost one  |
 * | `history/` missing or empty, snapshot has changes | everything in the snapshot   | warning: changes after it was saved could not be recovered |
 * | snapshot's last seq ahead of the journal         | everything in the snapshot   | warning: the history misses its newest changes; changes after it was saved could not be recovered |
 *
 * A notice says only what is known: nothing can tell how many changes a lost journal held, so
 * it names the time after which changes could not be recovered, never "all your data was kept".
 * | any of these                                     | —                            | new seqs continue past both   |
 */

const SHOWN = 5;

function list(actions: readonly DamagedAction[], timeZone: string | undefined): string {
  const named = actions.slice(0, SHOWN).map((action) => describeDamagedAction(action, timeZone));
  const more = actions.length - named.length;
  return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

export function replayNotices(found: {
  opened: JournalOpenReport;
  lostInSealed: readonly DamagedAction[];
  snapshotSeq: number;
  /** When the snapshot was saved (ISO): changes after it could only come from the journal. */
  snapshotSavedAt: string;
  journalSeq: number;
  /** Where the notice's times are shown (the user's setting; the computer's when undefined). */
  timeZone: string | undefined;
}): LoadNotice[] {
  const { opened, lostInSealed, snapshotSeq, snapshotSavedAt, journalSeq, timeZone } = found;
  const saved = formatWhen(snapshotSavedAt, timeZone);
  const notices: LoadNotice[] = [];
  const copied = opened.copiedTo ? ` The damaged file was copied to ${opened.copiedTo}.` : '';
  const lost = [...lostInSealed, ...opened.lost];
  if (lost.length > 0) {
    notices.push({
      level: 'warning',
      code: 'history-damaged',
      message: `Part of the history was damaged and ${lost.length === 1 ? 'one action' : `${lost.length} actions`} could not be recovered: ${list(lost, timeZone)}. Everything else was kept — please check ${lost.length === 1 ? 'that change' : 'those changes'} and redo ${lost.length === 1 ? 'it' : 'them'} if needed.${copied}`,
    });
  }
  if (opened.covered.length > 0) {
    notices.push({
      level: 'info',
      code: 'history-damaged-covered',
      message: `Part of the history was damaged, but your data already held ${opened.covered.length === 1 ? 'that change' : 'those changes'}: nothing was lost. The history list misses ${list(opened.covered, timeZone)}.${copied}`,
    });
  }
  if ((opened.folderMissing || journalSeq === 0) && snapshotSeq > 0) {
    notices.push({
      level: 'warning',
      code: 'history-missing',
      message: `The history folder was ${opened.folderMissing ? 'missing' : 'empty'}. Your data was opened as it was last saved, on ${saved}; any change made after that could not be recovered — please check your latest changes. The history of earlier changes is gone; new changes are recorded from now on.`,
    });
  } else if (journalSeq < snapshotSeq) {
    notices.push({
      level: 'warning',
      code: 'history-behind',
      message: `The history ends at change #${journalSeq}, before your data was last saved (change #${snapshotSeq}, on ${saved}). Your data was opened as saved then; the history list misses changes #${journalSeq + 1} to #${snapshotSeq}, and any change made after ${saved} could not be recovered — please check your latest changes.`,
    });
  }
  return notices;
}
