import type { InputIssue } from '../engine/errors.js';
import { inputIssue } from '../messages/input-errors.js';

/**
 * The bytes of a pack file as text, or why they are not UTF-8. Older Chinese editors save GBK by
 * default and Notepad's "Unicode" is UTF-16: read as UTF-8 either gives mojibake that may still
 * parse (a GBK pack was reported valid with its Chinese garbled), so the encoding is found first
 * and anything but UTF-8 (with or without its byte order mark) is refused, naming the encoding.
 */
export type PackFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: InputIssue };

const startsWith = (bytes: Uint8Array, ...lead: number[]): boolean => lead.every((byte, index) => bytes[index] === byte);

/** JSON starts with ASCII, so UTF-16 without a mark shows a zero byte beside each of its first characters. */
function utf16WithoutMark(bytes: Uint8Array): boolean {
  const pairs = Math.min(8, Math.floor(bytes.length / 2));
  if (pairs === 0) return false;
  let low = 0;
  let high = 0;
  for (let index = 0; index < pairs; index++) {
    if (bytes[2 * index] === 0) high++;
    if (bytes[2 * index + 1] === 0) low++;
  }
  return low === pairs || high === pairs;
}

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null; // not this encoding (or a runtime without its table)
  }
}

const refused = (encoding: string): PackFileText => ({ ok: false, problem: inputIssue([], 'PACK_ENCODING', { value: encoding }) });

export function decodePackFile(bytes: Uint8Array): PackFileText {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) return refused('UTF-32');
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || utf16WithoutMark(bytes)) return refused('UTF-16');
  // TextDecoder drops a UTF-8 byte order mark itself.
  const text = decodes(bytes, 'utf-8');
  if (text !== null) return { ok: true, text };
  return refused(decodes(bytes, 'gb18030') !== null ? 'GBK/GB18030' : 'unknown');
}
