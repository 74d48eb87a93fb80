import type { ColumnMappingRequest } from '../../../shared/contract/methods/data';
import { FIELD_LABELS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, withColumn } from './importFields';

interface Props {
  headers: readonly string[];
  mapping: ColumnMappingRequest;
  onChange: (mapping: ColumnMappingRequest) => void;
}

/** For each Hearback field, the CSV column it comes from (guessed by the preset, editable). */
export function CsvMappingTable({ headers, mapping, onChange }: Props) {
  return (
    <details className="mapping" open>
      <summary>
        Columns ({Object.keys(mapping).length} of {IMPORT_FIELDS.length} fields matched)
      </summary>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => {
          const required = REQUIRED_IMPORT_FIELDS.includes(field);
          const id = `map-${field}`;
          return (
            <div key={field} className="mapping-row">
              <label htmlFor={id}>
                {FIELD_LABELS[field]}
                {required && <span aria-hidden="true"> *</span>}
                {required && <span className="visually-hidden"> (required)</span>}
              </label>
              <select id={id} value={mapping[field] ?? ''} onChange={(e) => onChange(withColumn(mapping, field, e.target.value === '' ? null : Number(e.target.value)))}>
                <option value="">— not imported —</option>
                {headers.map((header, index) => (
                  <option key={index} value={index}>
                    {header || `Column ${index + 1}`}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </details>
  );
}
