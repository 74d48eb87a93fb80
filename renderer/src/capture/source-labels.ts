import type { PostingSource } from '../../../shared/domain';

const FROM: Record<PostingSource, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  'json-ld': 'the page’s job data',
  opengraph: 'the page’s preview tags',
  page: 'the page’s title and address',
  you: 'you',
};

/** What the preview says beside a field: where it came from, and "check" when it is only a guess. */
export function sourceNote(source: PostingSource, certain: boolean): string {
  if (source === 'you') return 'typed by you';
  return certain ? `from ${FROM[source]}` : `guessed from ${FROM[source]} — check`;
}

/** The posting's sources in the application view ("Greenhouse", "the page's job data"). */
export const sourceName = (source: PostingSource): string => FROM[source];
