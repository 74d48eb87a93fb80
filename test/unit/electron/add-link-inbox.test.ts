import { describe, expect, it } from 'vitest';
import { createAddLinkInbox } from '../../../electron/main/add-link-inbox';
import { addLink } from '../../../shared/capture';

describe('the add-link inbox', () => {
  it('keeps links that arrive before the window can take them, then delivers each once, in order', () => {
    const inbox = createAddLinkInbox();
    inbox.fromLink(addLink('https://a.example/1'));
    inbox.fromArgv(['/opt/Hearback/hearback', '--no-sandbox', addLink('https://b.example/2')]);
    const delivered: string[] = [];
    inbox.attach((url) => delivered.push(url));
    inbox.fromArgv(['/opt/Hearback/hearback', addLink('https://c.example/3')]);
    inbox.open();
    expect(delivered).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3', '']);
  });

  it('ignores launches and links that carry no add link', () => {
    const inbox = createAddLinkInbox();
    const delivered: string[] = [];
    inbox.attach((url) => delivered.push(url));
    inbox.fromArgv(['/opt/Hearback/hearback', '--hidden']);
    inbox.fromLink('hearback://applications/open?id=1');
    inbox.fromLink('hearback://add?url=javascript%3Aalert(1)');
    expect(delivered).toEqual([]);
  });
});
