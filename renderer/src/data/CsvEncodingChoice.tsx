import { TEXT_ENCODING_LABELS, TEXT_ENCODINGS, type DetectedEncoding, type TextEncodingName } from '../../../shared/import/text-encoding';

/**
 * The file's character encoding: detected, and changeable — the file is read again at once, so
 * the preview shows "München" or "M�nchen" as the user picks.
 */
export function CsvEncodingChoice({ detected, chosen, undecodable, onChoose }: { detected: DetectedEncoding; chosen: TextEncodingName; undecodable: number; onChoose: (encoding: TextEncodingName) => void }) {
  return (
    <div className="encoding-choice">
      <label className="field">
        Characters
        <select value={chosen} onChange={(e) => onChoose(TEXT_ENCODINGS.find((name) => name === e.target.value) ?? detected.encoding)}>
          {TEXT_ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {TEXT_ENCODING_LABELS[name]}
              {name === detected.encoding ? ' — detected' : ''}
            </option>
          ))}
        </select>
      </label>
      {undecodable > 0 ? (
        <p className="warning-note" role="status">
          {undecodable === 1 ? '1 character' : `${undecodable} characters`} can't be read in this encoding and show as �. If names look wrong, try another.
        </p>
      ) : (
        <p className="muted encoding-hint">If letters like ü, é or € look wrong in the preview, pick the encoding your spreadsheet saved with.</p>
      )}
    </div>
  );
}
