import { expect, type Page } from '@playwright/test';
import { contract, isMethodName } from '../../../shared/contract';
import type { RunningApp } from './browser-mode';
import { URL_MARKERS } from './xss-corpus';

/** One `securitypolicyviolation` event. */
interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  column: number;
  sample: string;
}

/** What the in-page probe (installed before any app script) has seen. */
interface XssProbe {
  /** `securitypolicyviolation` events: something tried to run or load what the CSP forbids. */
  csp: CspViolation[];
  /** Hostile elements or attributes that were ever inserted, even if removed again. */
  inserted: string[];
  /** Hostile elements or attributes in the document now. */
  scan(): string[];
}
type ProbeWindow = { __hbXssProbe?: XssProbe; __xss?: number };

/**
 * Runs in the page before the app: records CSP violations, and watches every DOM change for
 * elements or attributes that only injected markup could create (the CSP would stop the script
 * of an `<img onerror>`, so "no script ran" alone would hide an injection).
 */
function installProbe(): void {
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping']);
  const FORBIDDEN_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet', 'portal']);
  const hostileReason = (el: Element): string | null => {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) return `<${tag}> element`;
    if (tag === 'script' && !el.hasAttribute('src')) return 'inline <script>';
    if (tag === 'img' && el.getAttribute('src') === 'x') return '<img src="x">';
    if (tag === 'meta' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') return '<meta http-equiv="refresh">';
    if (tag === 'style' && /__xss|onerror|<img/i.test(el.textContent ?? '')) return '<style> with corpus text';
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) return `event-handler attribute ${name}`;
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) return `${name}="${attr.value}"`;
      if ((tag === 'a' || tag === 'area') && name === 'href' && !/^(#|https?:\/\/|mailto:)/i.test(attr.value)) return `link to ${attr.value}`;
    }
    return null;
  };
  const describe = (el: Element, reason: string): string => {
    const attrs = Array.from(el.attributes)
      .map((a) => `${a.name}="${a.value.slice(0, 60)}"`)
      .join(' ');
    return `${reason}: <${el.tagName.toLowerCase()} ${attrs}> in ${el.parentElement?.className || el.parentElement?.tagName || '?'}`;
  };
  const check = (el: Element, into: string[]) => {
    const reason = hostileReason(el);
    if (reason) into.push(describe(el, reason));
  };
  const checkTree = (root: Element, into: string[]) => {
    check(root, into);
    for (const el of Array.from(root.querySelectorAll('*'))) check(el, into);
  };
  const probe: XssProbe = {
    csp: [],
    inserted: [],
    scan: () => {
      const found: string[] = [];
      if (document.documentElement) checkTree(document.documentElement, found);
      return found;
    },
  };
  (window as unknown as ProbeWindow).__hbXssProbe = probe;
  document.addEventListener('securitypolicyviolation', (e) => probe.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, column: e.columnNumber, sample: e.sample }));
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof Element) check(m.target, probe.inserted);
      for (const node of Array.from(m.addedNodes)) if (node instanceof Element) checkTree(node, probe.inserted);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const bundles = new Map<string, Promise<string>>();

/**
 * zod 4 probes once whether `new Function` is allowed (`allowsEval`, caught and harmless); a strict
 * CSP reports the probe as an `eval` violation. Only a violation that points at exactly that probe
 * — `Function(\`\`)` with an empty body, in the app's own bundle — is tolerated; any other eval,
 * inline script or foreign load fails the test.
 */
async function isZodEvalProbe(v: CspViolation): Promise<boolean> {
  if (v.blocked !== 'eval' || !v.source.startsWith('http://127.0.0.1:') || !/\/assets\/[\w-]+\.js$/.test(v.source)) return false;
  let text = bundles.get(v.source);
  if (!text) {
    text = fetch(v.source).then((r) => r.text());
    bundles.set(v.source, text);
  }
  const line = (await text).split('\n')[v.line - 1] ?? '';
  const around = line.slice(Math.max(0, v.column - 40), v.column + 40);
  return /allowsEval|jitless/.test(line.slice(Math.max(0, v.column - 200), v.column)) && /(?:new\s+\w+|\bFunction)\((?:``|""|'')\)/.test(around);
}

export interface PageGuard {
  /** Contract methods the page called, in order. */
  readonly calls: string[];
  /** Asserts that nothing hostile has happened so far; `where` names the checkpoint in failures. */
  assertClean(where: string): Promise<void>;
}

/**
 * Watches a page for everything an XSS would do: run script (`window.__xss`), open a dialog,
 * navigate the main frame away, open a window, load from another origin or a corpus-made URL,
 * call a contract method the renderer does not call when merely viewing, violate the CSP, insert
 * active markup, or throw.
 */
export async function guardPage(page: Page, app: RunningApp): Promise<PageGuard> {
  const dialogs: string[] = [];
  const navigations: string[] = [];
  const requests: string[] = [];
  const calls: string[] = [];
  const popups: string[] = [];
  const pageErrors: string[] = [];

  await page.addInitScript(installProbe);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  page.on('request', (request) => {
    requests.push(request.url());
    const match = /^\/api\/call\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) calls.push(decodeURIComponent(match[1]));
  });
  page.on('popup', (popup) => popups.push(popup.url()));
  page.context().on('page', (other) => {
    if (other !== page) popups.push(other.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const assertClean = async (where: string): Promise<void> => {
    const xss = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    expect(xss, `${where}: a corpus script ran (window.__xss)`).toBeUndefined();
    expect(dialogs, `${where}: dialogs opened`).toEqual([]);
    expect(popups, `${where}: windows opened`).toEqual([]);
    expect(pageErrors, `${where}: uncaught errors in the page`).toEqual([]);

    // Hash routing is fine; any other origin, path or scheme is not.
    const badNavigations = navigations.filter((url) => {
      const parsed = new URL(url);
      return parsed.origin !== app.origin || parsed.pathname !== '/';
    });
    expect(badNavigations, `${where}: main-frame navigations away from the app`).toEqual([]);

    const badRequests = requests.filter((url) => {
      const parsed = new URL(url);
      return parsed.origin !== app.origin || parsed.pathname === '/x' || URL_MARKERS.some((m) => url.toLowerCase().includes(m.toLowerCase()));
    });
    expect(badRequests, `${where}: requests off the app's origin or built from corpus text`).toEqual([]);

    const unexpectedCalls = calls.filter((m) => !isMethodName(m) || contract[m].mutates);
    expect(unexpectedCalls, `${where}: contract calls that change data (only viewing happened)`).toEqual([]);

    const probe = await page.evaluate(() => {
      const p = (window as unknown as ProbeWindow).__hbXssProbe;
      return p ? { csp: p.csp, inserted: p.inserted, present: p.scan() } : null;
    });
    expect(probe, `${where}: the XSS probe is installed`).not.toBeNull();
    const violations: string[] = [];
    for (const v of probe?.csp ?? []) {
      if (!(await isZodEvalProbe(v))) violations.push(`${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line}:${v.column} ${v.sample}`);
    }
    expect(violations, `${where}: Content-Security-Policy violations`).toEqual([]);
    expect(probe?.inserted, `${where}: active markup inserted into the DOM`).toEqual([]);
    expect(probe?.present, `${where}: active markup in the DOM`).toEqual([]);
    // The brief's literal selector as well (the charts' own <svg> carry no handlers).
    expect(await page.locator('img[src="x"], iframe, svg[onload], details[ontoggle], script:not([src])').count(), `${where}: corpus elements`).toBe(0);
  };

  return { calls, assertClean };
}
