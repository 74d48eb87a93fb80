import type { WorkSearchMethod } from '../../../shared/domain';
import { METHOD_WORDS, type WorkLogRow } from '../../../shared/worklog';

const METHODS = Object.keys(METHOD_WORDS) as WorkSearchMethod[];

/** What the user writes about one activity, whether adding it or editing a row of the log. */
export type ActivityValues = Pick<WorkLogRow, 'date' | 'employer' | 'position' | 'method' | 'contact' | 'result' | 'note'>;

export type ActivityField = keyof ActivityValues;

/** A handler for a field's input or select, given the field's name. */
export type ActivityFieldSetter = (name: ActivityField) => (e: { target: { value: string } }) => void;

/**
 * The activity's fields, the same in the add form and the row editor:
 *
 * | fields                        | shown                                                            |
 * |-------------------------------|------------------------------------------------------------------|
 * | date, employer, position      | with `identity`: when adding, and on an entry the user wrote     |
 * | method, contact, result, note | always: what a program asks for that Hearback cannot know        |
 *
 * `idFor` gives each control an id (rows open side by side need distinct ones); the words each
 * form shows around a field (`positionLabel`, placeholders) are the form's own.
 */
export function ActivityFields({
  values,
  set,
  identity,
  idFor = () => undefined,
  positionLabel = 'Position',
  placeholders = {},
}: {
  values: ActivityValues;
  set: ActivityFieldSetter;
  identity: boolean;
  idFor?: (name: ActivityField) => string | undefined;
  positionLabel?: string;
  placeholders?: Partial<Record<ActivityField, string>>;
}) {
  return (
    <>
      {identity && (
        <>
          <label className="field" htmlFor={idFor('date')}>
            Date
            <input id={idFor('date')} type="date" required value={values.date} onChange={set('date')} />
          </label>
          <label className="field" htmlFor={idFor('employer')}>
            Employer or organiser
            <input id={idFor('employer')} required maxLength={200} value={values.employer} onChange={set('employer')} placeholder={placeholders.employer} />
          </label>
          <label className="field" htmlFor={idFor('position')}>
            {positionLabel}
            <input id={idFor('position')} maxLength={200} value={values.position} onChange={set('position')} />
          </label>
        </>
      )}
      <label className="field" htmlFor={idFor('method')}>
        Contact method
        <select id={idFor('method')} value={values.method} onChange={set('method')}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_WORDS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={idFor('contact')}>
        Person or address contacted
        <input id={idFor('contact')} maxLength={300} value={values.contact} onChange={set('contact')} placeholder={placeholders.contact} />
      </label>
      <label className="field" htmlFor={idFor('result')}>
        Result
        <input id={idFor('result')} maxLength={500} value={values.result} onChange={set('result')} />
      </label>
      <label className="field" htmlFor={idFor('note')}>
        Note
        <input id={idFor('note')} maxLength={2000} value={values.note} onChange={set('note')} />
      </label>
    </>
  );
}
