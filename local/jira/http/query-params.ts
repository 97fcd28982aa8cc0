// Reading Jira-style query parameters: integers with a default, comma-separated or repeated lists, booleans.
import { badRequest } from './jira-http-error';

export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`The value '${raw}' is invalid for the '${name}' parameter: it must be an integer.`);
  return Number(raw);
}

/** `fields=a,b&fields=c` → ['a', 'b', 'c']; empty entries dropped. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function boolParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`The value '${raw}' is invalid for the '${name}' parameter: it must be true or false.`);
}

export function requiredParam(query: URLSearchParams, name: string, message?: string): string {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') throw badRequest(message ?? `The '${name}' query parameter is required.`);
  return raw.trim();
}

/** startAt/maxResults for offset-paginated list endpoints (PageBean), with Jira's bounds. */
export function pageParams(query: URLSearchParams, defaultMax: number, cap: number): { startAt: number; maxResults: number } {
  const startAt = intParam(query, 'startAt', 0);
  const maxResults = intParam(query, 'maxResults', defaultMax);
  if (startAt < 0) throw badRequest("The 'startAt' parameter must not be negative.");
  if (maxResults < 0) throw badRequest("The 'maxResults' parameter must not be negative.");
  return { startAt, maxResults: Math.min(maxResults, cap) };
}
