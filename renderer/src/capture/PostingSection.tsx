import type { Application, PostingField } from '../../../shared/domain';
import { sourceName } from './source-labels';
import './capture.css';

const FIELD_NAMES: Record<PostingField, string> = {
  company: 'company',
  role: 'role',
  location: 'location',
  workplace: 'workplace',
  remote: 'workplace',
  salary: 'salary',
  employmentType: 'employment type',
  postedOn: 'posting date',
  jobUrl: 'link',
  text: 'text',
};

const hostOf = (link: string): string => {
  try {
    return new URL(link).hostname;
  } catch {
    return link;
  }
};

/** The posting as it was captured: kept because postings disappear before the interviews. */
export function PostingSection({ application, zone }: { application: Application; zone: string }) {
  const posting = application.posting;
  if (!posting) return null;
  const fetched = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: zone }).format(new Date(posting.fetchedAt));
  const facts = [posting.employmentType, posting.postedOn ? `posted ${posting.postedOn}` : ''].filter((f) => f !== '');
  const bySource = new Map<string, string[]>();
  for (const [field, source] of Object.entries(posting.sources) as [PostingField, NonNullable<(typeof posting.sources)[PostingField]>][]) {
    if (source === 'you') continue;
    bySource.set(sourceName(source), [...(bySource.get(sourceName(source)) ?? []), FIELD_NAMES[field]]);
  }
  return (
    <section className="app-section" aria-labelledby="posting-heading">
      <div className="section-head">
        <h3 id="posting-heading">Posting</h3>
      </div>
      <p className="muted posting-meta">
        Captured {fetched}
        {posting.sourceUrl && (
          <>
            {' '}
            from{' '}
            <a href={posting.sourceUrl} target="_blank" rel="noreferrer noopener">
              {hostOf(posting.sourceUrl)}
            </a>
          </>
        )}
        {facts.length > 0 && <> · {facts.join(' · ')}</>}
      </p>
      {bySource.size > 0 && <p className="muted posting-meta">{[...bySource].map(([source, fields]) => `${fields.join(', ')} from ${source}`).join('; ')}</p>}
      {posting.text ? (
        <div className="posting-text" role="region" aria-label="Posting text" tabIndex={0}>
          {posting.text}
        </div>
      ) : (
        <p className="muted">The posting had no text Hearback could read.</p>
      )}
    </section>
  );
}
