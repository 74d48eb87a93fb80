/** What several benchmarks share: the median, and a plausible application record to seed with. */
import type { Application } from '../shared/domain';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Application number `i`, as a user's might look, in `stageId`. */
export function benchApplication(i: number, stageId: string, at: string, over: Partial<Application> = {}): Application {
  return {
    id: `app${i}`,
    company: `Company ${i}`,
    role: 'Software Engineer',
    jobUrl: 'https://example.com/jobs/123',
    location: 'Berlin',
    salary: null,
    source: 'bench',
    notes: 'Met the team at a meetup; strong platform culture.',
    tags: ['backend'],
    fitLine: 'Built the same kind of system at my last job.',
    contacts: [],
    stageId,
    position: i,
    stageReachedAt: { [stageId]: at },
    archived: false,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
