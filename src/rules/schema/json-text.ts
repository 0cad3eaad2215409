/**
 * JSON text as editors save it. Windows Notepad's "UTF-8" (and many CMS exports) start the file
 * with a byte order mark, U+FEFF, which JSON.parse refuses as "not valid JSON": one leading mark
 * is dropped. Throws SyntaxError, as JSON.parse does, for anything else that is not JSON.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
}
