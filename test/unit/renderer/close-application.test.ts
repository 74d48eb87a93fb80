import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeApplication } from '../../../renderer/src/app/useRoute';

/** The application view's close event comes a moment after Escape: it must not undo a move the user made meanwhile. */
describe('closing the application view', () => {
  afterEach(() => vi.unstubAllGlobals());
  const at = (hash: string) => {
    const location = { hash };
    vi.stubGlobal('window', { location });
    return location;
  };

  it('goes back to the view under it', () => {
    const location = at('#/today/app/a1');
    closeApplication('a1');
    expect(location.hash).toBe('#/today');
  });

  it('leaves the address alone when the user went elsewhere first', () => {
    const location = at('#/today');
    closeApplication('a1');
    expect(location.hash).toBe('#/today');
    const other = at('#/board/app/a2');
    closeApplication('a1');
    expect(other.hash).toBe('#/board/app/a2');
  });
});
