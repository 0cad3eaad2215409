import type { LocalizedText } from '../schema/common.js';

/**
 * The bytes of a pack file as text, or why they are not UTF-8. Older Chinese editors save GBK by
 * default and Notepad's "Unicode" is UTF-16: read as UTF-8 either gives mojibake that may still
 * parse (a GBK pack was reported valid with its Chinese garbled), so the encoding is found first
 * and anything but UTF-8 (with or without its byte order mark) is refused, naming the encoding.
 * Only `check-pack` reads files, so these sentences stay out of the drop-in script.
 */
export type PackFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly encoding: string; readonly message: LocalizedText };

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

/** How to save as UTF-8 in the editors web teams use: Notepad, VS Code, WPS. */
const SAVE_AS_UTF8: LocalizedText = {
  'zh-CN': '请另存为 UTF-8：记事本中“另存为”，编码选“UTF-8”；VS Code 中点右下角的编码，选“通过编码保存”→“UTF-8”；WPS 中“另存为”纯文本，编码选 UTF-8',
  en: 'Save it as UTF-8: in Notepad, Save As with Encoding “UTF-8”; in VS Code, click the encoding at the bottom right, then Save with Encoding › UTF-8; in WPS, Save As plain text, encoding UTF-8',
};

function refused(encoding: string): PackFileText {
  const known = encoding !== 'unknown';
  return {
    ok: false,
    encoding,
    message: {
      'zh-CN': `规则包文件不是 UTF-8 编码${known ? `，而是 ${encoding}` : ''}。${SAVE_AS_UTF8['zh-CN']}`,
      en: `The rule pack file is ${known ? `encoded as ${encoding}, ` : ''}not UTF-8. ${SAVE_AS_UTF8.en}`,
    },
  };
}

export function decodePackFile(bytes: Uint8Array): PackFileText {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) return refused('UTF-32');
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || utf16WithoutMark(bytes)) return refused('UTF-16');
  // TextDecoder drops a UTF-8 byte order mark itself.
  const text = decodes(bytes, 'utf-8');
  if (text !== null) return { ok: true, text };
  return refused(decodes(bytes, 'gb18030') !== null ? 'GBK/GB18030' : 'unknown');
}
