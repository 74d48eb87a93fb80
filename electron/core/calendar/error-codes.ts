/** The codes and messages along an error's cause chain (undici wraps the socket's error), for matching TLS and network failures. */
function errorCodes(error: unknown): string {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    codes.push(current.message);
    current = current.cause;
  }
  return codes.join(' ');
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/i;

/** A failure of the server's certificate (TLS), as opposed to any other network failure. */
export function isTlsFailure(error: unknown): boolean {
  return TLS_CODES.test(errorCodes(error));
}
