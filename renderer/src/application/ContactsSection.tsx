import { useState } from 'react';
import type { Application, Contact } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldIssuesOf, type FieldIssues } from '../ui/field-issues';
import { ContactForm, type ContactDraft } from './ContactForm';

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** The people at the company: add, edit, remove (saved as the application's contact list). */
export function ContactsSection({ application }: { application: Application }) {
  const toasts = useToasts();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [saving, setSaving] = useState(false);
  const contacts = application.contacts;

  const saveList = async (next: ContactDraft[], index: number, done: string) => {
    setSaving(true);
    try {
      await call('applications.update', { id: application.id, patch: { contacts: next } });
      setEditing(null);
      setIssues({});
      toasts.show({ tone: 'success', message: done });
    } catch (error) {
      const all = fieldIssuesOf(error);
      const own: FieldIssues = {};
      for (const [path, message] of Object.entries(all ?? {})) {
        const prefix = `contacts.${index}.`;
        if (path.startsWith(prefix)) own[path.slice(prefix.length)] = message;
      }
      setIssues(own);
      if (Object.keys(own).length === 0) toasts.show({ tone: 'error', message: `Contact not saved: ${userMessage(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const save = (draft: ContactDraft) => {
    if (editing?.kind === 'edit') {
      const index = contacts.findIndex((c) => c.id === editing.id);
      void saveList(
        contacts.map((c) => (c.id === editing.id ? { ...draft, id: c.id } : c)),
        index,
        `Saved ${draft.name}.`,
      );
    } else {
      void saveList([...contacts, draft], contacts.length, `Added ${draft.name}.`);
    }
  };

  const open = (e: Editing) => {
    setIssues({});
    setEditing(e);
  };

  return (
    <section className="app-section" aria-labelledby="contacts-heading">
      <div className="section-head">
        <h3 id="contacts-heading">
          Contacts <span className="count-pill">{contacts.length}</span>
        </h3>
        {editing === null && (
          <button type="button" className="button small" onClick={() => open({ kind: 'new' })}>
            Add contact
          </button>
        )}
      </div>
      {contacts.length === 0 && editing === null && <p className="muted empty">Add the recruiter and the people who interview you — drafts greet them by name and address them by email.</p>}
      <ul className="contact-list">
        {contacts.map((c) =>
          editing?.kind === 'edit' && editing.id === c.id ? (
            <li key={c.id}>
              <ContactForm contact={c} issues={issues} saving={saving} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} className="contact" aria-label={c.name}>
              <div className="contact-main">
                <strong>{c.name}</strong>
                {c.title && <span className="muted"> · {c.title}</span>}
                <div className="contact-meta muted">
                  {c.email && <span>{c.email}</span>}
                  {c.phone && <span>{c.phone}</span>}
                </div>
                {c.notes && <p className="contact-notes">{c.notes}</p>}
              </div>
              <button type="button" className="button small" aria-label={`Edit ${c.name}`} onClick={() => open({ kind: 'edit', id: c.id })}>
                Edit
              </button>
              <button type="button" className="button small danger-text" aria-label={`Remove ${c.name}`} onClick={() => setRemoving(c)}>
                Remove
              </button>
            </li>
          ),
        )}
      </ul>
      {editing?.kind === 'new' && <ContactForm contact={null} issues={issues} saving={saving} onSave={save} onCancel={() => setEditing(null)} />}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message="This removes them from this application and its interviews."
          confirmLabel="Remove contact"
          onConfirm={() =>
            void saveList(
              contacts.filter((c) => c.id !== removing.id),
              -1,
              `Removed ${removing.name}.`,
            )
          }
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
