/** Reads a picked file as text (UTF-8), refusing anything larger than `maxChars` bytes. */
export async function readFileText(file: File, maxChars: number): Promise<string> {
  if (file.size > maxChars) throw new Error(`${file.name} is too large (${Math.round(file.size / 1024 / 1024)} MB).`);
  return file.text();
}

/** Reads a picked file's bytes (its encoding is decided afterwards), refusing anything larger than `maxBytes`. */
export async function readFileBytes(file: File, maxBytes: number): Promise<Uint8Array> {
  if (file.size > maxBytes) throw new Error(`${file.name} is too large (${Math.round(file.size / 1024 / 1024)} MB).`);
  return new Uint8Array(await file.arrayBuffer());
}
