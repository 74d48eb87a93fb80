/** Pure drafts: thank-you and check-in emails, phone scripts, `mailto:` links. */
export { composeDraft, PHONE_SCRIPT_INTROS, type DraftInput } from './compose-draft';
export { memorableSentence, tidyDetail } from './memorable-detail';
export { buildMailto, toCrlf } from './mailto';
export { greeting, firstName, interviewDay } from './wording';
