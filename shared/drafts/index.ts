/** Pure drafts: thank-you and check-in emails, phone scripts, `mailto:` links. */
export { composeDraft, type DraftInput } from './compose-draft';
export { buildMailto, toCrlf } from './mailto';
export { greeting, firstName, interviewDay } from './wording';
