import { describe, expect, it, vi } from 'vitest';
import { DataFolderInUseError } from '../../../electron/core/store/data-folder-lock';
import { openTakingOverIfAllowed } from '../../../electron/main/lock-take-over';
import { HearbackError } from '../../../shared/contract';

const elsewhere = () => new DataFolderInUseError('locked by Hearback on another computer (“desktop”): /data/hearback.lock', '/data/hearback.lock', true);

describe('desktop start on a folder locked by another computer', () => {
  it('asks with the lock file’s path, and takes the lock over when the user says so', async () => {
    const open = vi.fn(async (takeOver: boolean) => {
      if (!takeOver) throw elsewhere();
      return 'core';
    });
    const ask = vi.fn(async () => true);
    await expect(openTakingOverIfAllowed(open, ask)).resolves.toBe('core');
    expect(ask).toHaveBeenCalledWith({ message: expect.stringContaining('/data/hearback.lock'), lockPath: '/data/hearback.lock' });
    expect(open.mock.calls).toEqual([[false], [true]]);
  });

  it('does not take over when the user declines', async () => {
    const open = vi.fn(async () => {
      throw elsewhere();
    });
    await expect(openTakingOverIfAllowed(open, async () => false)).resolves.toBe('declined');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('never asks about a Hearback running on this computer, or any other failure', async () => {
    const ask = vi.fn(async () => true);
    const here = new DataFolderInUseError('in use by another Hearback (process 7)', '/data/hearback.lock', false);
    await expect(openTakingOverIfAllowed(async () => Promise.reject(here), ask)).rejects.toBe(here);
    const other = new HearbackError('internal', 'EIO');
    await expect(openTakingOverIfAllowed(async () => Promise.reject(other), ask)).rejects.toBe(other);
    expect(ask).not.toHaveBeenCalled();
  });
});
