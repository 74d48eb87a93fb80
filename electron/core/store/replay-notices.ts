import type { JournalOpenReport } from './history-journal';
import { describeDamagedAction, type DamagedAction } from './journal-shards';
import type { LoadNotice } from './snapshot-loader';

/**
 * What opening found about the history, told once. The rules (issue 11):
 *
 * | found at open                                   | data kept                    | notice                        |
 * |-------------------------------------------------|------------------------------|-------------------------------|
 * | damaged line the snapshot already holds          | everything                   | info: history entries missing |
 * | damaged line after the snapshot                  | all but that line's action(s) | warning naming each lost one  |
 * | `history/` missing, snapshot has changes         | everything in the snapshot   | warning: history gone, data kept |
 * | snapshot's last seq ahead of the journal         | everything in the snapshot   | info: newest history entries missing |
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
  journalSeq: number;
  /** Where the notice's times are shown (the user's setting; the computer's when undefined). */
  timeZone: string | undefined;
}): LoadNotice[] {
  const { opened, lostInSealed, snapshotSeq, journalSeq, timeZone } = found;
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
  if (opened.folderMissing && snapshotSeq > 0) {
    notices.push({
      level: 'warning',
      code: 'history-missing',
      message: 'The history folder was missing. All your applications, interviews and follow-ups were kept from the data file; the history of earlier changes is gone, and new changes are recorded from now on.',
    });
  } else if (journalSeq < snapshotSeq) {
    notices.push({
      level: 'info',
      code: 'history-behind',
      message: `The history ends before the newest saved data (change #${journalSeq} of #${snapshotSeq}). All your data was kept; the history list misses the newest ${snapshotSeq - journalSeq} changes.`,
    });
  }
  return notices;
}
