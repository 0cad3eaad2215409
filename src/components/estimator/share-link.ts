import type { EstimateRequest } from '../../rules/index.js';

/**
 * A share link keeps the inputs in the URL fragment only (#re=…): browsers never send the
 * fragment to a server, so health data stays on the reader's device. Base64url of UTF-8 JSON.
 */
const PREFIX = 're=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

export function shareFragment(request: EstimateRequest): string {
  return `#${PREFIX}${toBase64Url(JSON.stringify(request))}`;
}

/** The request in a fragment, or null when there is none or it cannot be read (never throws). */
export function requestFromFragment(hash: string): EstimateRequest | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(fragment.slice(PREFIX.length)));
    if (typeof value !== 'object' || value === null || !Array.isArray((value as { visits?: unknown }).visits)) return null;
    return value as EstimateRequest;
  } catch {
    return null;
  }
}
