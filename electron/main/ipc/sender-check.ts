/** What the IPC adapter knows about who sent a request. */
export interface SenderFacts {
  /** `event.senderFrame` was still alive (it is `null` once the frame navigated or closed). */
  hasFrame: boolean;
  /** The frame is the top frame of its page, not an iframe. */
  isMainFrame: boolean;
  /** The sending WebContents is our main window's. */
  isOurWindow: boolean;
  /** The frame's current URL. */
  url: string;
}

/**
 * Decides whether an IPC request may reach the core: only the main frame of our own window,
 * showing one of our own pages. Returns `null` to accept, or the one sentence to log on refusal
 * (in the manner of VS Code's `validatedIpcMain`, each check has its own reason).
 */
export function senderRefusal(facts: SenderFacts, isOwnPage: (url: string) => boolean): string | null {
  if (!facts.hasFrame) return 'Refused IPC: the sending frame is gone';
  if (!facts.isOurWindow) return 'Refused IPC: the sender is not the Hearback window';
  if (!facts.isMainFrame) return 'Refused IPC: the sender is a subframe';
  if (!isOwnPage(facts.url)) return 'Refused IPC: the sender is not showing a Hearback page';
  return null;
}
