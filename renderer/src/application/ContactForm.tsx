import { useId, useState, type FormEvent } from 'react';
import type { Contact } from '../../../shared/domain';
import type { FieldIssues } from '../ui/field-issues';
import { FieldError } from './FieldError';

export type ContactDraft = Omit<Contact, 'id'> & { id?: string };

const EMPTY: ContactDraft = { name: '', title: '', email: '', phone: '', notes: '' };

/** Adds or edits one contact; `issues` are keyed by the contact's own fields ("email"). */
export function ContactForm({ contact, issues, saving, onSave, onCancel }: { contact: Contact | null; issues: FieldIssues; saving: boolean; onSave: (draft: ContactDraft) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<ContactDraft>(contact ?? EMPTY);
  const [local, setLocal] = useState<FieldIssues>({});
  const base = useId();
  const shown = { ...issues, ...local };

  const input = (key: keyof Omit<ContactDraft, 'id' | 'notes'>, label: string, type = 'text', max = 120) => {
    const id = `${base}-${key}`;
    const message = shown[key];
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={type}
          value={draft[key]}
          maxLength={max}
          autoFocus={key === 'name'}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
        />
        <FieldError id={`${id}-error`} message={message} />
      </div>
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.name.trim() === '') return setLocal({ name: 'a contact needs a name' });
    setLocal({});
    onSave(draft);
  };

  return (
    <form className="contact-form" onSubmit={submit} noValidate aria-label={contact ? `Edit ${contact.name}` : 'New contact'}>
      <div className="form-grid">
        {input('name', 'Name')}
        {input('title', 'Title')}
        {input('email', 'Email', 'email', 254)}
        {input('phone', 'Phone', 'tel', 40)}
      </div>
      <div className="field">
        <label htmlFor={`${base}-notes`}>Notes</label>
        <textarea id={`${base}-notes`} rows={2} maxLength={2000} value={draft.notes} onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))} />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {contact ? 'Save contact' : 'Add contact'}
        </button>
      </div>
    </form>
  );
}
