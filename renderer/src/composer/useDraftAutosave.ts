import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComposedDraft } from '../../../shared/contract';
import type { Draft } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { queueDraftSave } from './draft-save-queue';

/**
 * The composer keeps every edit: text is saved as the user types, after a
 * short pause, and at once when the composer closes by any path (×, Esc, outside click, another
 * view), before "Mark sent", and before leaving for the mail client.
 *
 * | What the text is                   | What the store holds            | Status shown                 |
 * |------------------------------------|---------------------------------|------------------------------|
 * | the generated draft, untouched     | no draft (null): it follows     | "Generated from the interview"|
 * |                                    |   the interview and your name   |                              |
 * | typed, not yet saved               | the previous text               | "Saving…"                    |
 * | saved                              | the edited text                 | "Saved"                      |
 * | edited back to the generated draft | null again                      | "Generated from the interview"|
 * | a save failed                      | the previous text               | "Not saved: …" + Try again   |
 */

/** Typing pause after which the draft is saved. A UI cadence, not a test timing. */
export const AUTOSAVE_PAUSE_MS = 1000;

export type DraftSaveState = 'generated' | 'pending' | 'saving' | 'saved' | 'error';
export interface DraftSaveStatus {
  state: DraftSaveState;
  message?: string;
}

const same = (a: Draft | null, b: Draft | null): boolean => a === b || (a !== null && b !== null && a.subject === b.subject && a.body === b.body);

export interface DraftAutosave {
  draft: Draft;
  status: DraftSaveStatus;
  /** Whether the text differs from the generated draft. */
  edited: boolean;
  edit(next: Draft): void;
  /** Saves now; resolves false when the save failed (the text stays on screen). */
  flush(): Promise<boolean>;
}

export function useDraftAutosave(followUpId: string, composed: ComposedDraft, onLostOnClose: (message: string) => void): DraftAutosave {
  const { generated } = composed;
  const [draft, setDraft] = useState<Draft>(composed.email);
  const [status, setStatus] = useState<DraftSaveStatus>({ state: composed.edited ? 'saved' : 'generated' });
  const latest = useRef<Draft>(composed.email);
  /** What the store holds for this follow-up (null: the generated draft). */
  const stored = useRef<Draft | null>(composed.edited ? composed.email : null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const wanted = useCallback((text: Draft): Draft | null => (same(text, generated) ? null : text), [generated]);

  const saveLatest = useCallback(async (): Promise<boolean> => {
    const want = wanted(latest.current);
    if (same(want, stored.current)) {
      setStatus({ state: want ? 'saved' : 'generated' });
      return true;
    }
    setStatus({ state: 'saving' });
    try {
      await call('followUps.saveDraft', { id: followUpId, draft: want });
      stored.current = want;
      if (same(wanted(latest.current), want)) setStatus({ state: want ? 'saved' : 'generated' });
      return true;
    } catch (error) {
      setStatus({ state: 'error', message: userMessage(error) });
      return false;
    }
  }, [followUpId, wanted]);

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    // One after another, so an older text never lands after a newer one.
    return queueDraftSave(saveLatest);
  }, [saveLatest]);

  const edit = useCallback(
    (next: Draft) => {
      latest.current = next;
      setDraft(next);
      setStatus({ state: 'pending' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_PAUSE_MS);
    },
    [flush],
  );

  // Closing by any path unmounts the form: whatever was typed is saved then, not thrown away.
  const lastFlush = useRef({ flush, onLostOnClose });
  lastFlush.current = { flush, onLostOnClose };
  useEffect(
    () => () => {
      if (same(wanted(latest.current), stored.current)) return;
      const { flush: save, onLostOnClose: report } = lastFlush.current;
      void save().then((ok) => {
        if (!ok) report('Your draft edits could not be saved when the composer closed — open the draft again to retry.');
      });
    },
    // Runs once, on unmount; the refs carry the current callbacks.
    [],
  );

  return { draft, status, edited: !same(draft, generated), edit, flush };
}
