import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  value: string;
  /** What the number counts ("6 of 10 applications"). */
  detail: string;
  /** Shown instead of the detail when there is nothing to measure yet. */
  empty?: string | null;
  children?: ReactNode;
  /** Full row (`wide`) or half a row on large screens (`half`). */
  span?: 'wide' | 'half';
}

/** One insight: a big number, what it counts, and optionally a chart. */
export function StatCard({ title, value, detail, empty, children, span }: Props) {
  const id = useId();
  return (
    <section className={`stat-card panel${span ? ` ${span}` : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="stat-value" data-empty={empty ? true : undefined}>
        {value}
      </p>
      <p className="stat-detail">{empty ?? detail}</p>
      {!empty && children}
    </section>
  );
}
