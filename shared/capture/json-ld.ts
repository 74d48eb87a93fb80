import type { Workplace } from '../domain/workplace';
import type { FoundFields, SourceFinding } from './captured-fields';
import { clip } from './captured-fields';
import { decodeEntities, descriptionToText, tidyWhitespace } from '../text/html-text';
import { salaryPeriod, salaryRange } from './salary';
import { employmentTypeLabel, isoDay } from './values';
import { workplaceFromWords } from './workplace-reading';

/**
 * schema.org `JobPosting` in JSON-LD, in the shapes sites really publish:
 *
 * | shape                                                    | read as                               |
 * |----------------------------------------------------------|---------------------------------------|
 * | one object, an array of objects, `@graph` (nested too)   | every node searched for a JobPosting  |
 * | `@type` "JobPosting", ["JobPosting"], "schema:JobPosting" | a posting                             |
 * | `hiringOrganization` object, string, or `{ "@id" }`       | the company (ids resolved in the page)|
 * | `baseSalary` MonetaryAmount + QuantitativeValue min/max  | salary range, currency, period        |
 * | `baseSalary.value` a number / `value.value`              | a single figure (min = max)           |
 * | `jobLocation` Place or list; address object or string    | "City, Region, Country; …"            |
 * | `jobLocationType: TELECOMMUTE`, no physical place        | remote (a country-only `jobLocation` is not a place) |
 * | `TELECOMMUTE` and a physical `jobLocation`               | hybrid                                |
 * | a physical `jobLocation` only                            | its words ("Hybrid"…), else not stated (hybrid jobs carry only a place too) |
 * | `applicantLocationRequirements` Country/State or list   | "Remote (Country, …)"                 |
 * | text values (`title`, names, places) with entities       | decoded once (`R&amp;D` → `R&D`)      |
 * | `description` HTML, entities, escaped HTML               | plain text                            |
 * | `datePosted` date or date-time                           | its calendar day                      |
 * | a block that is not valid JSON                           | skipped; the next block is tried      |
 */

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
/**
 * A text value as pages write it: CMSs HTML-escape the values they put in JSON-LD (`R&amp;D`),
 * so entities are decoded exactly once, and no markup is expected in a name or title.
 */
const text = (v: unknown): string => tidyWhitespace(decodeEntities(str(v)));

function typesOf(node: Node): string[] {
  return list(node['@type']).map((t) => str(t).replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** Every node in a JSON-LD value, depth first (graphs, arrays and nested objects). */
function collectNodes(value: unknown, into: Node[], depth = 0): void {
  if (depth > 12) return;
  if (Array.isArray(value)) for (const item of value) collectNodes(item, into, depth + 1);
  else if (isNode(value)) {
    into.push(value);
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) collectNodes(child, into, depth + 1);
  }
}

function parseBlocks(blocks: readonly string[]): Node[] {
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      collectNodes(
        JSON.parse(
          block
            .trim()
            .replace(/^(?:<!\[CDATA\[|<!--)/, '')
            .replace(/(?:\]\]>|-->)$/, ''),
        ),
        nodes,
      );
    } catch {
      // One broken block must not hide the posting in the next one.
    }
  }
  return nodes;
}

function resolve(value: unknown, byId: Map<string, Node>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
  return value;
}

function nameOf(value: unknown, byId: Map<string, Node>): string {
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') return text(resolved);
  if (isNode(resolved)) return text(resolved['name']) || text(resolved['legalName']);
  return '';
}

function addressText(address: unknown, byId: Map<string, Node>): string {
  const resolved = resolve(address, byId);
  if (typeof resolved === 'string') return resolved.trim();
  if (!isNode(resolved)) return '';
  const country = nameOf(resolved['addressCountry'], byId);
  const parts = [text(resolved['addressLocality']), text(resolved['addressRegion']), country].filter((p) => p !== '');
  return [...new Set(parts)].join(', ');
}

/**
 * The posting's places, as text, and whether any is a physical place: an address with a town or a
 * street, or a place named in words that are not "remote". A country or region alone is where a
 * remote job may be done from (ATSs write it that way for remote postings), not an office.
 */
function locationsOf(posting: Node, byId: Map<string, Node>): { where: string; physical: boolean } {
  const places = list(posting['jobLocation']).map((place) => {
    const resolved = resolve(place, byId);
    if (typeof resolved === 'string') return { text: text(resolved), physical: workplaceFromWords(resolved) !== 'remote' };
    if (!isNode(resolved)) return { text: '', physical: false };
    const address = resolve(resolved['address'], byId);
    const written = addressText(address, byId) || text(resolved['name']);
    const inTown = isNode(address) ? text(address['addressLocality']) !== '' || text(address['streetAddress']) !== '' : written !== '';
    return { text: written, physical: inTown && workplaceFromWords(written) !== 'remote' };
  });
  const kept = places.filter((p) => p.text !== '');
  return { where: [...new Set(kept.map((p) => p.text))].join('; '), physical: kept.some((p) => p.physical) };
}

function salaryOf(posting: Node): FoundFields['salary'] {
  for (const candidate of list(posting['baseSalary'] ?? posting['estimatedSalary'])) {
    if (typeof candidate === 'number' || typeof candidate === 'string') continue; // no currency, no period
    if (!isNode(candidate)) continue;
    const currency = candidate['currency'] ?? candidate['salaryCurrency'] ?? posting['salaryCurrency'];
    const value = candidate['value'];
    if (isNode(value)) {
      const single = value['value'];
      const range = salaryRange(value['minValue'] ?? single, value['maxValue'] ?? single, currency, salaryPeriod(value['unitText'] ?? candidate['unitText']));
      if (range) return range;
    } else {
      const range = salaryRange(candidate['minValue'] ?? value, candidate['maxValue'] ?? value, currency, salaryPeriod(candidate['unitText']));
      if (range) return range;
    }
  }
  return undefined;
}

function workplaceOf(telecommute: boolean, physical: boolean, where: string): Workplace | undefined {
  if (telecommute) return physical ? 'hybrid' : 'remote';
  // Google asks sites not to mark hybrid jobs TELECOMMUTE, so a place alone does not mean on site.
  return workplaceFromWords(where);
}

function mapPosting(posting: Node, byId: Map<string, Node>): FoundFields {
  const telecommute = list(posting['jobLocationType']).some((t) => str(t).toUpperCase() === 'TELECOMMUTE');
  const { where, physical } = locationsOf(posting, byId);
  const applicants = list(posting['applicantLocationRequirements'])
    .map((r) => nameOf(r, byId))
    .filter((n) => n !== '');
  const remoteFrom = applicants.length > 0 ? `Remote (${applicants.join(', ')})` : 'Remote';
  const remoteWhere = where === '' || workplaceFromWords(where) === 'remote' ? where : `Remote (${where})`;
  const location = telecommute && !physical ? (applicants.length > 0 || remoteWhere === '' || remoteWhere === 'Remote' ? remoteFrom : remoteWhere) : where;
  const fields: FoundFields = {
    company: clip(nameOf(posting['hiringOrganization'], byId), 200),
    role: clip(text(posting['title']) || text(posting['name']), 200),
    location: clip(location, 200),
    employmentType: clip(
      list(posting['employmentType'])
        .map((t) => employmentTypeLabel(str(t)))
        .filter((t) => t !== '')
        .join(', '),
      80,
    ),
    postedOn: isoDay(str(posting['datePosted'])),
    jobUrl: str(posting['url']),
    text: typeof posting['description'] === 'string' ? descriptionToText(posting['description']) : '',
  };
  const workplace = workplaceOf(telecommute, physical, where);
  if (workplace) fields.workplace = workplace;
  const salary = salaryOf(posting);
  if (salary) fields.salary = salary;
  return fields;
}

/** The first JobPosting in the page's JSON-LD blocks, or null when there is none. */
export function jobPostingFromJsonLd(blocks: readonly string[]): SourceFinding | null {
  const nodes = parseBlocks(blocks);
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  const posting = nodes.find((node) => typesOf(node).includes('JobPosting'));
  return posting ? { source: 'json-ld', fields: mapPosting(posting, byId) } : null;
}
