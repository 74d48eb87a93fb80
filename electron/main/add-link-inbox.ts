import { postingUrlFromAddLink, postingUrlFromArgv } from '../../shared/capture/add-link';

/**
 * `hearback://add?url=…` links reach the app three ways — the first launch's argv, a second
 * launch's argv (Windows, Linux: 'second-instance'), macOS's 'open-url' (which can fire before
 * `ready`). The inbox keeps what arrives before the window can take it, then hands each over once.
 */
export interface AddLinkInbox {
  /** A launch's arguments: takes the first add link among them, if any. */
  fromArgv(argv: readonly string[]): void;
  /** One link as the OS gave it (macOS 'open-url'). */
  fromLink(link: string): void;
  /** The menu's "Add from Link…": the dialog with no link. */
  open(): void;
  /** From now on, deliver (and first deliver what waited). */
  attach(deliver: (postingUrl: string) => void): void;
}

export function createAddLinkInbox(): AddLinkInbox {
  const waiting: string[] = [];
  let deliver: ((postingUrl: string) => void) | null = null;
  const receive = (url: string) => {
    if (deliver) deliver(url);
    else waiting.push(url);
  };
  return {
    fromArgv(argv) {
      const url = postingUrlFromArgv(argv);
      if (url !== null) receive(url);
    },
    fromLink(link) {
      const url = postingUrlFromAddLink(link);
      if (url !== null) receive(url);
    },
    open: () => receive(''),
    attach(next) {
      deliver = next;
      for (const url of waiting.splice(0)) next(url);
    },
  };
}
