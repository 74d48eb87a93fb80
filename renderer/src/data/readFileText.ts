/** Reads a picked file as text (UTF-8), refusing anything larger than `maxChars` bytes. */
export async function readFileText(file: File, maxChars: number): Promise<string> {
  if (file.size > maxChars) throw new Error(`${file.name} is too large (${Math.round(file.size / 1024 / 1024)} MB).`);
  return file.text();
}
