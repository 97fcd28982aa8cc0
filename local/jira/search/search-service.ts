// JQL search over the in-memory issue documents: permission filter (browse), the engine's predicate and ORDER BY,
// cursor pages with an opaque nextPageToken. A small first page is a bounded top-k (no full sort); big pages and
// later pages use the engine's keyed sort once and cache the order for the continuation pages (keyed by query,
// caller and data version).
import { createHash } from 'node:crypto';

import { subjectOf, type PermissionService } from '../auth/permission-service';
import { principalLabel, type Principal } from '../auth/principal';
import { badRequest, JiraHttpError } from '../http/jira-http-error';
import { compileJql, isBoundedJql, JqlError, type CompiledJql, type IssueDocument } from '../jql';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import { jqlContextFor } from './jql-context';
import { topK } from './top-k';

export const unboundedMessage = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

export interface SearchPage {
  readonly issues: readonly StoredIssue[];
  readonly nextPageToken: string | undefined;
}

interface CachedResult {
  readonly key: string;
  readonly version: string;
  readonly ordered: readonly StoredIssue[];
}

const cacheSize = 8;
/** Up to this page size the first page is picked with a bounded top-k; larger pages use the engine's keyed sort. */
const topKLimit = 100;

function isStoredIssue(issue: IssueDocument): issue is StoredIssue {
  return 'descriptionJson' in issue;
}

export class SearchService {
  private cache: CachedResult[] = [];

  constructor(
    private readonly store: JiraStore,
    private readonly permissions: PermissionService,
    private readonly now: () => Date,
  ) {}

  search(principal: Principal, jql: string, maxResults: number, nextPageToken: string | undefined): SearchPage {
    const compiled = this.compile(principal, jql);
    const key = `${principalLabel(principal)}\u0000${jql}`;
    const offset = nextPageToken === undefined ? 0 : decodeToken(nextPageToken, key);
    const version = this.version();
    let page: StoredIssue[];
    let total: number;
    // Only continuations read the cache: a first page is always evaluated afresh, since relative dates (now(),
    // startOfDay()…) move even when the data does not.
    const cached = offset === 0 ? undefined : this.cache.find((entry) => entry.key === key && entry.version === version);
    if (cached !== undefined) {
      page = cached.ordered.slice(offset, offset + maxResults);
      total = cached.ordered.length;
    } else {
      const matches = this.matching(principal, compiled);
      total = matches.length;
      if (offset === 0 && maxResults <= topKLimit) {
        page = topK(matches, maxResults, compiled.compare);
      } else {
        const ordered = compiled.sort === undefined ? matches.sort(compiled.compare) : compiled.sort(matches).filter(isStoredIssue);
        this.cache = [{ key, version, ordered }, ...this.cache.filter((entry) => entry.key !== key)].slice(0, cacheSize);
        page = ordered.slice(offset, offset + maxResults);
      }
    }
    const nextOffset = offset + page.length;
    return { issues: page, nextPageToken: nextOffset < total && page.length > 0 ? encodeToken(nextOffset, key) : undefined };
  }

  count(principal: Principal, jql: string): number {
    return this.matching(principal, this.compile(principal, jql)).length;
  }

  private compile(principal: Principal, jql: string): CompiledJql {
    let compiled: CompiledJql;
    try {
      compiled = compileJql(jql, jqlContextFor(this.store, principal, this.now()));
    } catch (error) {
      if (error instanceof JqlError) throw new JiraHttpError(400, error.errorMessages);
      throw error;
    }
    if (!(compiled.bounded ?? isBoundedJql(jql))) throw badRequest(unboundedMessage);
    return compiled;
  }

  private matching(principal: Principal, compiled: CompiledJql): StoredIssue[] {
    const allowed = this.permissions.browsableProjectIds(subjectOf(principal));
    const matches: StoredIssue[] = [];
    for (const issue of this.store.issues.all()) {
      if (allowed !== 'all' && !allowed.has(issue.projectId)) continue;
      if (compiled.matches(issue)) matches.push(issue);
    }
    return matches;
  }

  private version(): string {
    return `${this.store.issues.version}:${this.store.users.changeVersion}:${this.store.projects.changeVersion}`;
  }
}

function fingerprint(key: string): string {
  return createHash('sha1').update(key).digest('base64url').slice(0, 12);
}

function encodeToken(offset: number, key: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint(key) })).toString('base64url');
}

function decodeToken(token: string, key: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.q === fingerprint(key)) return parsed.o;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The nextPageToken is invalid or does not belong to this query.');
}
