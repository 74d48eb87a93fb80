import type { ReactNode } from 'react';

/** A group of Today with its heading, count and a line that says why it is there. */
export function TodaySection({ id, title, count, hint, tone, children }: { id: string; title: string; count: number; hint: string; tone?: 'danger' | 'warning'; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className={`today-section${tone ? ` ${tone}` : ''}`} aria-labelledby={`today-${id}`}>
      <header className="today-section-head">
        <h2 id={`today-${id}`}>
          {title} <span className="count-badge">{count}</span>
        </h2>
        <p className="muted">{hint}</p>
      </header>
      {children}
    </section>
  );
}
