import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { findDuplicates } from '../../../shared/capture';
import type { CapturePreview, Workspace } from '../../../shared/contract';
import { navigate } from '../app/useRoute';
import { fieldIssuesOf, type FieldIssues } from '../ui/field-issues';
import { call, userMessage } from '../contract';
import { useModalDialog } from '../ui/useModalDialog';
import { createRequest, draftFromPreview, emptyDraft, type CaptureDraft } from './capture-form';
import { CaptureFields } from './CaptureFields';
import { DuplicateNotice } from './DuplicateNotice';
import { HandedOverLink } from './HandedOverLink';
import './capture.css';

type Fetching = { status: 'idle' } | { status: 'fetching' } | { status: 'done'; preview: CapturePreview };

/**
 * "Add from link": paste a posting's address, Hearback reads it, the user checks the preview
 * (each field says where it came from) and confirms. Nothing is written before "Add application";
 * when the page cannot be read the message says why and the form stays editable by hand.
 *
 * A link handed over from outside (a `hearback://add` link, the bookmarklet) is shown with its site
 * and read only when the user presses "Read posting": any web page can open such a link, and it
 * must not make Hearback fetch an address the user has not seen.
 */
export function AddFromLinkDialog({ workspace, initialUrl, onClose }: { workspace: Workspace; initialUrl: string; onClose: () => void }) {
  const dialog = useModalDialog();
  const titleId = useId();
  const defaultStage = workspace.stages[0]?.id ?? '';
  const [url, setUrl] = useState(initialUrl);
  const [fetching, setFetching] = useState<Fetching>({ status: 'idle' });
  const [draft, setDraft] = useState<CaptureDraft>(() => emptyDraft(defaultStage));
  const [issues, setIssues] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const latest = useRef(0);
  const handedOver = initialUrl.trim() !== '';

  async function read(link: string) {
    const ticket = ++latest.current;
    setFetching({ status: 'fetching' });
    setError(null);
    try {
      const preview = await call('capture.preview', { url: link });
      if (ticket !== latest.current) return;
      setFetching({ status: 'done', preview });
      setDraft(draftFromPreview(preview, draft.stageId || defaultStage));
      setIssues({});
    } catch (failure) {
      if (ticket !== latest.current) return;
      setFetching({ status: 'idle' });
      setError(userMessage(failure));
    }
  }

  const preview = fetching.status === 'done' ? fetching.preview : null;
  const duplicates = useMemo(() => {
    const live = findDuplicates({ jobUrls: [url, draft.jobUrl], company: draft.company, role: draft.role }, workspace.applications);
    // Archived ones are not in the workspace; the core's answer includes them.
    const archived = (preview?.duplicates ?? []).filter((d) => d.archived && !live.some((l) => l.id === d.id));
    return [...live, ...archived];
  }, [url, draft.jobUrl, draft.company, draft.role, workspace.applications, preview]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const app = await call('applications.create', createRequest(draft, preview));
      onClose();
      navigate({ view: 'board', applicationId: app.id });
    } catch (failure) {
      const fieldIssues = fieldIssuesOf(failure, '');
      setIssues(fieldIssues ?? {});
      setError(fieldIssues ? 'Some fields need a change before the application can be added.' : userMessage(failure));
      setSaving(false);
    }
  }

  const showForm = fetching.status === 'done' || error !== null;
  return (
    <dialog ref={dialog} className="dialog capture-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Add from link</h2>
      {handedOver && fetching.status === 'idle' && error === null && <HandedOverLink url={initialUrl} />}
      <form
        className="capture-link"
        onSubmit={(e) => {
          e.preventDefault();
          void read(url);
        }}
      >
        <label className="field">
          Posting link
          <input type="text" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} maxLength={4096} placeholder="https://…" autoFocus={initialUrl === ''} required />
        </label>
        <button type="submit" className={`button${handedOver ? ' primary' : ''}`} disabled={fetching.status === 'fetching'}>
          {fetching.status === 'fetching' ? 'Reading…' : 'Read posting'}
        </button>
      </form>
      {fetching.status === 'fetching' && (
        <p role="status" className="muted">
          Reading the posting…
        </p>
      )}
      {preview?.problem && (
        <p role="alert" className="capture-problem">
          {preview.problem}
        </p>
      )}
      {!showForm && fetching.status === 'idle' && (
        <p className="muted capture-hint">
          Hearback reads the posting’s company, role, location, salary and text, and shows where each came from. Nothing is added until you confirm.{' '}
          <button type="button" className="link-button" onClick={() => setFetching({ status: 'done', preview: { url, fetchedAt: new Date().toISOString(), fields: {}, problem: null, duplicates: [] } })}>
            Fill in by hand
          </button>
        </p>
      )}
      {duplicates.length > 0 && (
        <DuplicateNotice
          duplicates={duplicates}
          onOpen={(id) => {
            onClose();
            navigate({ view: 'board', applicationId: id });
          }}
        />
      )}
      {showForm && (
        <form onSubmit={(e) => void confirm(e)} aria-label="Posting details">
          <CaptureFields draft={draft} stages={workspace.stages} issues={issues} onChange={setDraft} />
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={saving}>
              {duplicates.length > 0 ? 'Add anyway' : 'Add application'}
            </button>
          </div>
        </form>
      )}
      {!showForm && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      )}
    </dialog>
  );
}
