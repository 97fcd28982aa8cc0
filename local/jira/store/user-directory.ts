// Users, groups and group membership: held in memory, written through to SQLite.
import { createHash } from 'node:crypto';

import type { GroupRecord, UserRecord } from './directory-records';
import type { Db } from './open-database';

interface UserRow {
  account_id: string;
  display_name: string;
  email: string | null;
  active: number;
  time_zone: string;
  locale: string;
  account_type: string;
}

export class UserDirectory {
  private readonly users = new Map<string, UserRecord>();
  private readonly groups = new Map<string, GroupRecord>();
  private readonly members = new Map<string, Set<string>>();
  private version = 0;

  constructor(private readonly db: Db) {
    for (const row of db.prepare('SELECT * FROM users').all() as UserRow[]) {
      this.users.set(row.account_id, {
        accountId: row.account_id,
        displayName: row.display_name,
        emailAddress: row.email,
        active: row.active === 1,
        timeZone: row.time_zone,
        locale: row.locale,
        accountType: row.account_type === 'app' ? 'app' : 'atlassian',
      });
    }
    for (const row of db.prepare('SELECT name, group_id FROM groups').all() as { name: string; group_id: string }[]) {
      this.groups.set(row.name, { name: row.name, groupId: row.group_id });
    }
    for (const row of db.prepare('SELECT group_name, account_id FROM group_members').all() as { group_name: string; account_id: string }[]) {
      this.membersOf(row.group_name).add(row.account_id);
    }
  }

  /** Bumped on every change, so permission caches know when to refresh. */
  get changeVersion(): number {
    return this.version;
  }

  user(accountId: string): UserRecord | undefined {
    return this.users.get(accountId);
  }

  allUsers(): UserRecord[] {
    return [...this.users.values()];
  }

  putUser(user: UserRecord): UserRecord {
    this.db
      .prepare(
        `INSERT INTO users (account_id, display_name, email, active, time_zone, locale, account_type) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email, active = excluded.active,
         time_zone = excluded.time_zone, locale = excluded.locale, account_type = excluded.account_type`,
      )
      .run(user.accountId, user.displayName, user.emailAddress, user.active ? 1 : 0, user.timeZone, user.locale, user.accountType);
    this.users.set(user.accountId, user);
    this.version += 1;
    return user;
  }

  group(name: string): GroupRecord | undefined {
    return this.groups.get(name);
  }

  groupById(groupId: string): GroupRecord | undefined {
    return [...this.groups.values()].find((group) => group.groupId === groupId);
  }

  allGroups(): GroupRecord[] {
    return [...this.groups.values()];
  }

  putGroup(name: string, groupId?: string): GroupRecord {
    const existing = this.groups.get(name);
    if (existing !== undefined) return existing;
    const group = { name, groupId: groupId ?? uuidFrom(`group:${name}`) };
    this.db.prepare('INSERT INTO groups (name, group_id) VALUES (?, ?)').run(group.name, group.groupId);
    this.groups.set(name, group);
    this.version += 1;
    return group;
  }

  addMember(groupName: string, accountId: string): void {
    this.db.prepare('INSERT OR IGNORE INTO group_members (group_name, account_id) VALUES (?, ?)').run(groupName, accountId);
    this.membersOf(groupName).add(accountId);
    this.version += 1;
  }

  removeMember(groupName: string, accountId: string): void {
    this.db.prepare('DELETE FROM group_members WHERE group_name = ? AND account_id = ?').run(groupName, accountId);
    this.members.get(groupName)?.delete(accountId);
    this.version += 1;
  }

  memberIds(groupName: string): readonly string[] | undefined {
    if (!this.groups.has(groupName)) return undefined;
    return [...(this.members.get(groupName) ?? [])];
  }

  groupsOf(accountId: string): GroupRecord[] {
    return this.allGroups().filter((group) => this.members.get(group.name)?.has(accountId) === true);
  }

  isMember(groupName: string, accountId: string): boolean {
    return this.members.get(groupName)?.has(accountId) === true;
  }

  private membersOf(groupName: string): Set<string> {
    let set = this.members.get(groupName);
    if (set === undefined) {
      set = new Set();
      this.members.set(groupName, set);
    }
    return set;
  }
}

/** A deterministic UUID-shaped id from a seed (stable across restarts and machines). */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic 24-hex Atlassian-style account id from a seed. */
export function accountIdFrom(seed: string): string {
  return createHash('sha1').update(seed).digest('hex').slice(0, 24);
}
