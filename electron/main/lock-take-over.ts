/**
 * Starting on a data folder whose lock belongs to Hearback on another computer (a synced folder):
 * the user decides. Asked once with the lock file's path; "Take over" opens again taking the lock,
 * anything else quits. Every other failure to open is passed on unchanged.
 */

export interface TakeOverQuestion {
  /** The core's message: names the other computer and the lock file's full path. */
  message: string;
  lockPath: string;
}

/** A refusal the user may override: the core's DataFolderInUseError from another computer. */
export function takeOverQuestion(error: unknown): TakeOverQuestion | null {
  if (!(error instanceof Error) || !('canTakeOver' in error) || error.canTakeOver !== true) return null;
  const lockPath = 'lockPath' in error && typeof error.lockPath === 'string' ? error.lockPath : '';
  return { message: error.message, lockPath };
}

export async function openTakingOverIfAllowed<T>(open: (takeOverLock: boolean) => Promise<T>, ask: (question: TakeOverQuestion) => Promise<boolean>): Promise<T | 'declined'> {
  try {
    return await open(false);
  } catch (error) {
    const question = takeOverQuestion(error);
    if (!question) throw error;
    if (!(await ask(question))) return 'declined';
    return open(true);
  }
}
