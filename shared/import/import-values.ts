/**
 * Reading one CSV cell as a date or a number. Imported dates keep their original values: a full
 * timestamp stays that instant; a date alone becomes 12:00 UTC that day, so the calendar date
 * reads the same in every zone from UTC−11 to UTC+11 instead of shifting to the day before.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `2024-05-03`, `2024-05-03T14:22:10Z`, `2024-05-03 14:22` (no zone = UTC) → ISO instant, or null. */
export function parseImportDate(value: string): string | null {
  const v = value.trim();
  const date = ISO_DATE.exec(v);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return validDate(y, m, d) ? new Date(Date.UTC(y, m - 1, d, 12)).toISOString() : null;
  }
  const dt = ISO_DATE_TIME.exec(v);
  if (!dt) return null;
  const [y, m, d, hh, mm] = [Number(dt[1]), Number(dt[2]), Number(dt[3]), Number(dt[4]), Number(dt[5])];
  if (!validDate(y, m, d) || hh > 23 || mm > 59) return null;
  const seconds = dt[6] ?? '00';
  const fraction = (dt[7] ?? '').padEnd(3, '0').slice(0, 3);
  const zone = dt[8] ?? 'Z';
  const ms = Date.parse(`${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${seconds}.${fraction}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.toUpperCase()}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** `70000`, `70,000`, `$70k`, `€ 70.000`? → a non-negative number, or null. Ranges take their first number. */
export function parseImportAmount(value: string): number | null {
  const match = /(\d[\d,.\s]*)(k)?/i.exec(value);
  if (!match?.[1]) return null;
  let digits = match[1].replace(/\s/g, '');
  // "70.000" / "70,000" as thousands; "70000.50" as decimals.
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) digits = digits.replace(/[.,]/g, '');
  else digits = digits.replace(/,/g, '');
  const n = Number(digits) * (match[2] ? 1000 : 1);
  return Number.isFinite(n) && n >= 0 && n <= 1e9 ? n : null;
}
