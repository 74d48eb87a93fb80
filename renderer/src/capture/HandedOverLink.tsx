/** The site a link points to, as the user knows it ("jobs.example.com"); the whole link when it has none. */
function siteOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * A link that came from the browser or another app, shown before anything is fetched: the site on
 * its own line (what the user judges by), then the whole address as text.
 */
export function HandedOverLink({ url }: { url: string }) {
  return (
    <div className="capture-handed-over" role="group" aria-label="Link from your browser">
      <p>
        Your browser handed Hearback this link. Hearback reads it only when you choose <strong>Read posting</strong>.
      </p>
      <p className="capture-handed-over-site">
        Site: <strong>{siteOf(url)}</strong>
      </p>
      <p className="capture-handed-over-url">{url}</p>
    </div>
  );
}
