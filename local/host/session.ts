// Who is looking at a host page and in which theme: two cookies the top bar sets (the local stack has no login).
import type { IncomingMessage } from 'node:http';

import type { ColorMode } from './frame-context';
import type { HostUser } from './pages/layout';

export const USER_COOKIE = 'clause9-user';
export const THEME_COOKIE = 'clause9-theme';

export function readCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    try {
      cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // a malformed cookie is ignored, as a browser would
    }
  }
  return cookies;
}

export function colorModeOf(request: IncomingMessage): ColorMode {
  return readCookies(request).get(THEME_COOKIE) === 'dark' ? 'dark' : 'light';
}

/** The signed-in demo user: the cookie's, else the default one. */
export function currentUser(request: IncomingMessage, users: readonly HostUser[], defaultAccountId?: string): HostUser {
  const wanted = readCookies(request).get(USER_COOKIE) ?? defaultAccountId;
  const user = users.find((candidate) => candidate.accountId === wanted) ?? users.find((candidate) => candidate.accountId === defaultAccountId) ?? users[0];
  if (user === undefined) throw new Error('The bridge host needs at least one demo user.');
  return user;
}
