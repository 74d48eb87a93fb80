/**
 * A salary cell as people and spreadsheets write it → amounts, currency and period.
 *
 * | written                                   | read as                                        |
 * |-------------------------------------------|------------------------------------------------|
 * | `73000`, `73,000`, `73.000`, `73 000`, `73'000`, `73’000`, `12,00,000` | 73000 … (one kind of separator, ending in a group of three, is grouping) |
 * | `73.000,50`, `73,000.50`                  | 73000.5 (the last separator, followed by 1–2 digits, is the decimal) |
 * | `73,5k`, `€73k`, `73K`, `73 tn kr`        | 73500, 73000 (k = thousand)                    |
 * | `₹10L`, `12 LPA`, `1.2 Cr`                | 1,000,000; 1,200,000 a year; 12,000,000 (lakh, crore) |
 * | `$120,000–$150,000`, `120k - 150k`, `100-120k`, `50.000 bis 60.000 €`, `60 to 80k` | both ends (a `k` on the last end alone applies to both when the first is under 1000) |
 * | `up to 90k`, `bis zu 90.000`, `max 90k`   | a maximum only                                 |
 * | `€`, `£`, `¥`, `₹`, `₩`, `₺`, `zł`, `Fr.`, `$` (USD), `US$`, `C$`/`CA$`, `A$`/`AU$`, `NZ$`, `HK$`, `S$`, `R$`, `Mex$` | that currency |
 * | an ISO 4217 code in capitals (`EUR`), or a common one in lower case (`eur`, `sek`) | that currency |
 * | `/h`, `per hour`, `hourly`, `/Std.`       | per hour; `/mo`, `monthly`, `/Monat` per month; otherwise a year |
 * | no digits, or an amount over a billion    | not an amount                                  |
 *
 * `kr` is left without a currency (Swedish, Norwegian, Danish and Icelandic crowns share it).
 */

export interface ImportMoney {
  min: number | null;
  max: number | null;
  /** ISO 4217, or '' when the cell does not say. */
  currency: string;
  period: 'year' | 'month' | 'hour' | null;
}

const SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/US\$|USD/i, 'USD'],
  [/CA\$|C\$/i, 'CAD'],
  [/AU\$|A\$/i, 'AUD'],
  [/NZ\$/i, 'NZD'],
  [/HK\$/i, 'HKD'],
  [/S\$/, 'SGD'],
  [/R\$/, 'BRL'],
  [/Mex\$/i, 'MXN'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/[¥￥円]/, 'JPY'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
  [/₺/, 'TRY'],
  [/zł/i, 'PLN'],
  [/\bFr\.|\bSFr\b/, 'CHF'],
];

const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Lower-case words that are ISO codes too ("all", "top", "try") are not read as currencies; these are. */
const LOWER_CASE_CODES = new Set(['eur', 'usd', 'gbp', 'chf', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'cad', 'aud', 'inr', 'jpy']);

function currencyOf(text: string): string {
  for (const match of text.matchAll(/(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])/g)) {
    const word = match[1] ?? '';
    const code = word.toUpperCase();
    if (ISO_CODES.has(code) && (word === code || LOWER_CASE_CODES.has(word))) return code;
  }
  for (const [pattern, code] of SYMBOLS) if (pattern.test(text)) return code;
  return /\$/.test(text) ? 'USD' : '';
}

function periodOf(text: string): ImportMoney['period'] {
  const t = text.toLowerCase();
  if (/\/\s*(h|hr|hour|std)\b|per\s+hour|hourly|an hour|pro stunde|stundenlohn/.test(t)) return 'hour';
  if (/\/\s*(mo|month|monat|mois)\b|per\s+month|monthly|pro monat|monatlich/.test(t)) return 'month';
  if (/\/\s*(yr|year|y|jahr|an)\b|per\s+(year|annum)|annual|yearly|p\.\s?a\.|jährlich|brutto|\blpa\b/.test(t)) return 'year';
  return null;
}

/** One number as written, grouping and decimal separators read by their shape. */
export function readNumber(written: string): number | null {
  const digits = written.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(digits)) return null;
  const separators = digits.replace(/\d/g, '');
  let normal: string;
  if (separators === '') normal = digits;
  else if (new Set(separators).size === 1) {
    const sep = separators[0] ?? '';
    // `73.000`, `1,234,567`, `12,00,000` (Indian lakh grouping): a last group of three is
    // grouping; `73,5` and `73,50` are decimals.
    normal = /^\d{1,3}([.,]\d{2,3})*[.,]\d{3}$/.test(digits) ? digits.replace(/[.,]/g, '') : separators.length === 1 ? digits.replace(sep, '.') : '';
  } else {
    const decimal = digits[Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','))] ?? '';
    const grouping = decimal === '.' ? ',' : '.';
    normal = digits.split(grouping).join('').replace(decimal, '.');
    if (!/^\d+(\.\d{1,2})?$/.test(normal)) normal = '';
  }
  const n = Number(normal);
  return normal !== '' && Number.isFinite(n) ? n : null;
}

/**
 * A number, then an optional unit: k / tsd / tausend / tn (Swedish and Norwegian "tusen") for a
 * thousand; L / lakh / lac / LPA (lakhs per annum) for 100,000 and Cr / crore for 10,000,000, as
 * Indian salaries are written. Spaces inside a number are grouping only before three digits.
 */
const AMOUNT = /(\d{1,3}(?:[\s\u00a0\u202f'’](?=\d{3}(?!\d))\d{3})+(?:[.,]\d{1,2})?|\d[\d.,]*)\s*(k|tsd\.?|tausend|tn|lakhs?|lacs?|lpa|l|crores?|cr)?(?![a-z])/gi;
const UNIT: Record<string, number> = { k: 1e3, tsd: 1e3, 'tsd.': 1e3, tausend: 1e3, tn: 1e3, l: 1e5, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lpa: 1e5, cr: 1e7, crore: 1e7, crores: 1e7 };
const UP_TO = /\b(up\s+to|bis\s+zu|max(?:imum)?\.?|jusqu'à)\s*$/i;
const MAX_AMOUNT = 1e9;

export function parseImportMoney(cell: string): ImportMoney | null {
  const text = cell.trim();
  const found: { value: number; unit: number; before: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(AMOUNT)) {
    const value = readNumber((match[1] ?? '').replace(/[.,]$/, ''));
    if (value === null) continue;
    found.push({ value, unit: UNIT[(match[2] ?? '').toLowerCase()] ?? 1, before: text.slice(last, match.index) });
    last = (match.index ?? 0) + match[0].length;
    if (found.length === 2) break;
  }
  const [first, second] = found;
  if (!first) return null;
  const scale = (amount: { value: number }, unit: number) => Math.round(amount.value * unit * 100) / 100;
  const currency = currencyOf(text);
  const period = periodOf(text);
  let min: number | null;
  let max: number | null;
  if (second) {
    // `100-120k`: a unit on the last end alone applies to both when the first is small.
    const sharedUnit = second.unit !== 1 && first.unit === 1 && first.value < 1000;
    min = scale(first, sharedUnit ? second.unit : first.unit);
    max = scale(second, second.unit);
  } else if (UP_TO.test(first.before)) {
    min = null;
    max = scale(first, first.unit);
  } else {
    min = scale(first, first.unit);
    max = null;
  }
  if ((min !== null && min > MAX_AMOUNT) || (max !== null && max > MAX_AMOUNT)) return null;
  if (min !== null && max !== null && max < min) [min, max] = [max, min];
  return { min, max, currency, period };
}
