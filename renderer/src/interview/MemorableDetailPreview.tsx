import { memorableSentence } from '../../../shared/drafts';

/** The sentence the thank-you note will carry, shown as the user types the memorable detail. */
export function MemorableDetailPreview({ detail, id }: { detail: string; id: string }) {
  const sentence = memorableSentence(detail);
  if (!sentence) return null;
  return (
    <span id={id} className="field-hint detail-preview">
      In your thank-you note: “{sentence}”
    </span>
  );
}
