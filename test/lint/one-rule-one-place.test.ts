import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules that once lived in two places and disagreed. Each is kept in exactly one module; this test
 * scans the source for the rule's own tell-tale (the computation, not a name) and fails when it
 * shows up anywhere else, so a second copy cannot creep back in unnoticed.
 */
interface OnePlaceRule {
  rule: string;
  home: string;
  /** What writing the rule again looks like. */
  pattern: RegExp;
  /** A second copy as it once was written, which the pattern must catch. */
  oldCopy: string;
}

const RULES: OnePlaceRule[] = [
  {
    rule: 'the calendar date of an instant in a zone',
    home: 'shared/followup/zoned-time.ts',
    pattern: /toZonedDateTimeISO\([^)]*\)\s*\.toPlainDate\(\)/,
    oldCopy: 'return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();',
  },
  {
    rule: 'when a follow-up happened (its due time, or when it was sent if later)',
    home: 'shared/followup/cadence-dates.ts',
    pattern: /Math\.max\(\s*(toEpochMs|Date\.parse)\([\w.]*dueAt\)\s*,\s*(toEpochMs|Date\.parse)\([\w.]*updatedAt\)\)/,
    oldCopy: 'return wasSent(checkIn) ? Math.max(toEpochMs(checkIn.dueAt), toEpochMs(checkIn.updatedAt)) : due;',
  },
  {
    rule: 'check-in repeat spacing (business days in the user zone, not raw days)',
    home: 'shared/followup/cadence-dates.ts',
    pattern: /checkInRepeatDays\s*\*/,
    oldCopy: 'const since = lastAt + input.settings.cadence.checkInRepeatDays * MS_PER_DAY;',
  },
  {
    rule: 'when a message found in Sent counts as a check-in (business days in the user zone, not raw days)',
    home: 'shared/followup/sent-timing.ts',
    pattern: /previousCheckInMs|CHECK_IN_GAP_MS\s*=|addDays\([\w.]*hearBack\.date, 1\)/,
    oldCopy: "if (interview.hearBack.status === 'date') return localTimeToEpochMs(addDays(interview.hearBack.date, 1), '00:00', zone);\nexport const MIN_CHECK_IN_GAP_MS = 3 * MS_PER_DAY;",
  },
  {
    rule: 'HTML to plain text (one reader: entities decoded once, block breaks, scripts dropped)',
    home: 'shared/text/html-text.ts',
    pattern: /\.replace\(\/<\[\^>\]\*?\+?>\/|\.replace\(\/&nbsp;\/|\.replace\(\/<\(style\|script\)|new DOMParser\(/,
    oldCopy: "  return html\n    .replace(/<(style|script)[^>]*>[\\s\\S]*?<\\/\\1>/gi, ' ')\n    .replace(/<[^>]*>/g, ' ')\n    .replace(/&nbsp;/g, ' ')",
  },
  {
    rule: 'same company (legal forms, diacritics, case)',
    home: 'shared/company/same-company.ts',
    pattern: /\b(gmbh\|\w|\w\|gmbh)\b|sameName\([\w.]*company\)/i,
    oldCopy: 'const COMPANY_SUFFIX = / (inc|llc|ltd|gmbh|ag|corp|corporation|co|sa|bv|plc)$/;\nconst company = sameName(candidate.company);',
  },
  {
    rule: "a company's registrable domain (the public-suffix list, not a guess)",
    home: 'shared/company/company-signals.ts',
    pattern: /SECOND_LEVEL|\.split\('\.'\)[^;\n]*\.slice\(-[23]\)/,
    oldCopy: "const SECOND_LEVEL = new Set(['co', 'com', 'ac', 'org', 'net', 'gov', 'edu', 'ne', 'or']);",
  },
  {
    rule: 'the length of a day, an hour and a minute in milliseconds',
    home: 'shared/followup/zoned-time.ts',
    pattern: /\b(86_?400_?000|3_?600_?000)\b|24 \* 60 \* 60|60 \* 60 \* 1000|\b(DAY_MS|HOUR_MS|MINUTE_MS)\s*=|[mM]inutes\) \* 60_?000|[mM]inutes \* 60_?000/,
    oldCopy: 'const DAY_MS = 86_400_000;\nconst start = interview.durationMinutes * 60_000;',
  },
  {
    rule: 'what a stage kind means (answer, offer, where follow-ups stop, the ghosted target)',
    home: 'shared/domain/stage.ts',
    pattern: /kind === '(offer|hired|rejected|withdrawn|ghosted)'|\['offer', 'hired'/,
    oldCopy: "const offers = insights.funnel.filter((s) => s.kind === 'offer' || s.kind === 'hired');\nconst ANSWER_KINDS = new Set(['offer', 'hired', 'rejected']);",
  },
  {
    rule: "a new follow-up's defaults",
    home: 'shared/followup/new-follow-up.ts',
    pattern: /deliveries: \[\],/,
    oldCopy: "    draft: null,\n    deliveries: [],\n    origin: 'policy',",
  },
  {
    rule: 'the shape of all the user keeps (one name for a backup and a replacement)',
    home: 'shared/domain/all-data.ts',
    pattern: /interface \w+ \{\s*stages: readonly Stage\[\];\s*settings: Settings;\s*applications: readonly Application\[\];/,
    oldCopy: 'export interface ReplacementData {\n  stages: readonly Stage[];\n  settings: Settings;\n  applications: readonly Application[];\n  interviews: readonly Interview[];',
  },
  {
    rule: "the store's file layout in its data folder",
    home: 'electron/core/store/store-layout.ts',
    pattern: /'hearback\.json'|'import-pending\.json'|join\([^)]*'(history|archive|backups)'|new DocumentFile\([^)]*'hearback'/,
    oldCopy: "const STORE_ENTRIES = ['hearback.json', 'history', 'archive', 'backups'] as const;\nthis.dir = join(dataDir, 'history');",
  },
  {
    rule: 'an interview arriving after its thank-you moment is marked as entered late (typed in or confirmed from a calendar)',
    home: 'electron/core/service/follow-up-planning.ts',
    pattern: /isEnteredLate\([^)]*\)[^;]*lateEntry/,
    oldCopy: 'if (isEnteredLate(interview, ctx.store.settings, ctx.zone(), Date.parse(now))) interview.lateEntry = { answer: null };',
  },
];

/** Comments state the rule, never where it came from: a cited issue number rots. */
const CITES_AN_ISSUE = /(\/\/|\*).*\b(issue \d+|the issue's)/i;

const ROOTS = ['shared', 'electron', 'renderer/src'];
/** Tests and benchmarks state their behaviour too (files of features being written right now join when they land). */
const TEST_ROOTS = ['test', 'bench'];
const NOT_YET_SCANNED = /(^|\/)(sync|worklog|work-log)[^/]*(\/|$)|\/fixtures\//;
/** A test titled by a problem's number instead of its behaviour. */
const TITLED_BY_NUMBER = /\b(it|test|describe)\((['`"])problems? \d+|\b(it|test|describe)\((['`"])\d+ — /;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sourceFiles).map((path) => ({ path: path.replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));
const testFiles = TEST_ROOTS.flatMap(sourceFiles)
  .map((path) => path.replaceAll('\\', '/'))
  .filter((path) => !NOT_YET_SCANNED.test(path) && path !== 'test/lint/one-rule-one-place.test.ts')
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('one rule, one place', () => {
  it.each(RULES)('$rule lives only in $home', ({ home, pattern }) => {
    const elsewhere = files.filter((f) => f.path !== home && pattern.test(f.text)).map((f) => f.path);
    expect(elsewhere).toEqual([]);
  });

  it('no source comment cites an issue instead of stating its rule', () => {
    expect(files.filter((f) => CITES_AN_ISSUE.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(CITES_AN_ISSUE.test(" * One page fetched for a capture, within the issue's limits:")).toBe(true);
    expect(CITES_AN_ISSUE.test('// The composer keeps every edit (issue 10, problem 7)')).toBe(true);
  });

  it('no test or benchmark cites an issue, or is titled by a problem’s number, instead of its behaviour', () => {
    expect(testFiles.length).toBeGreaterThan(100);
    expect(testFiles.filter((f) => CITES_AN_ISSUE.test(f.text) || TITLED_BY_NUMBER.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(CITES_AN_ISSUE.test(" * Issue 11's disk problems (1, 2, 4, 6), each reproduced")).toBe(true);
    expect(TITLED_BY_NUMBER.test("test('problem 6: a stale Undo never undoes a different application'")).toBe(true);
    expect(TITLED_BY_NUMBER.test("test.describe('3 — the lock is held through a backup import'")).toBe(true);
  });

  it.each(RULES)('the scan for $rule catches the copy it replaced', ({ pattern, oldCopy }) => {
    expect(pattern.test(oldCopy)).toBe(true);
  });
});
