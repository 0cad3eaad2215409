import type { EstimateRequest } from '../../../rules/core.js';

/**
 * A share link keeps the inputs in the URL fragment only (#re=…): browsers never send the
 * fragment to a server, so health data stays on the reader's device. Base64url of UTF-8 JSON.
 * When the host page was opened at an anchor of its own (#section-2), the link keeps that name
 * after `&at=`, and opening the link scrolls there: the host's anchor still works.
 */
const PREFIX = 're=';
const ANCHOR = '&at=';

/** Larger fragments are refused before decoding: 5,000 bills fit in well under this. */
export const MAX_FRAGMENT_LENGTH = 1_500_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/** The fragment for a request; `hostHash` is the page's own fragment, kept when it is not ours. */
export function shareFragment(request: EstimateRequest, hostHash = ''): string {
  const anchor = hostHash.replace(/^#/, '');
  const keep = anchor && !anchor.startsWith(PREFIX) ? `${ANCHOR}${encodeURIComponent(anchor)}` : '';
  return `#${PREFIX}${toBase64Url(JSON.stringify(request))}${keep}`;
}

export type SharedInput =
  | { readonly kind: 'none' }
  | { readonly kind: 'request'; readonly value: unknown; readonly anchor: string | null }
  | { readonly kind: 'unreadable'; readonly reason: 'too-large' | 'garbled' };

/** What a fragment holds (never throws): nothing of ours, a value to read, or a link that is broken. */
export function readFragment(hash: string): SharedInput {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return { kind: 'none' };
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { kind: 'unreadable', reason: 'too-large' };
  const anchorAt = fragment.indexOf(ANCHOR);
  const payload = fragment.slice(PREFIX.length, anchorAt === -1 ? undefined : anchorAt);
  let anchor: string | null = null;
  try {
    anchor = anchorAt === -1 ? null : decodeURIComponent(fragment.slice(anchorAt + ANCHOR.length)) || null;
    const value: unknown = JSON.parse(fromBase64Url(payload));
    return { kind: 'request', value, anchor };
  } catch {
    return { kind: 'unreadable', reason: 'garbled' };
  }
}
