// Saving one versioned setting on behalf of an admin: optimistic concurrency becomes CONFLICT, Jira group names
// are checked to exist first (a typo would otherwise lock ISMS managers out), and the result is what the page shows.
import { VersionConflictError, type VersionedRecord, type VersionedValue } from '../adapters/storage/versioned-value';
import { AppError } from './app-error';

export interface SaveSettingRequest<T> {
  readonly value: T;
  readonly expectedVersion: number | undefined;
  readonly by: string;
  readonly at: Date;
  /** Payload field → group name, each of which must exist in Jira. */
  readonly groupNames?: Readonly<Record<string, string | null>>;
}

export async function saveSetting<T>(
  store: VersionedValue<T>,
  request: SaveSettingRequest<T>,
  ports: { readonly groupExists: (groupName: string) => Promise<boolean> },
): Promise<VersionedRecord<T>> {
  for (const [field, groupName] of Object.entries(request.groupNames ?? {})) {
    if (groupName !== null && !(await ports.groupExists(groupName))) {
      throw new AppError('INVALID_PAYLOAD', `${field}: there is no Jira group named "${groupName}"`, field);
    }
  }
  try {
    const meta = { by: request.by, at: request.at.toISOString() };
    return await store.write(request.value, request.expectedVersion === undefined ? meta : { ...meta, expectedVersion: request.expectedVersion });
  } catch (error) {
    if (error instanceof VersionConflictError) throw new AppError('CONFLICT', 'Another administrator changed this setting since you opened it; reload and try again.', undefined, { cause: error });
    throw error;
  }
}
