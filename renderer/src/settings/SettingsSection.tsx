import { useId, type FormEvent, type ReactNode } from 'react';
import { SaveStatusText } from './SaveStatusText';
import type { SaveStatus } from './useSectionSave';

interface Props {
  title: string;
  description?: ReactNode;
  status: SaveStatus;
  /** When given, the section is a form with a Save button. */
  onSubmit?: () => void;
  children: ReactNode;
}

/** One card of the settings page: heading, explanation, fields and its own save feedback. */
export function SettingsSection({ title, description, status, onSubmit, children }: Props) {
  const headingId = useId();
  const body = (
    <>
      <h2 id={headingId}>{title}</h2>
      {description && <p className="settings-description">{description}</p>}
      <div className="settings-fields">{children}</div>
      <div className="settings-actions">
        {onSubmit && (
          <button type="submit" className="button primary" disabled={status.state === 'saving'}>
            Save {title.toLowerCase()}
          </button>
        )}
        <SaveStatusText status={status} />
      </div>
    </>
  );
  if (!onSubmit) {
    return (
      <section className="settings-section panel" aria-labelledby={headingId}>
        {body}
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="settings-section panel" aria-labelledby={headingId} onSubmit={submit} noValidate>
      {body}
    </form>
  );
}
