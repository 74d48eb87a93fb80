/** The message shown under a field that the contract (or the form) refused. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message.charAt(0).toUpperCase() + message.slice(1)}
    </span>
  );
}
