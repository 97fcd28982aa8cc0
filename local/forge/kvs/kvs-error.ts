// Errors of the local KVS, shaped like the platform's `{ code, message }` bodies that @forge/kvs turns into
// ForgeKvsAPIError. Codes follow developer.atlassian.com storage-reference/handling-errors-kvs and
// handling-errors-customentities; where the platform documents none, README.md lists the local choice.
export class KvsError extends Error {
  override readonly name = 'KvsError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function badRequest(code: string, message: string): KvsError {
  return new KvsError(400, code, message);
}

export function invalidBody(detail: string): KvsError {
  return badRequest('BAD_REQUEST', `Provided request body is invalid: ${detail}`);
}

export function keyNotFound(): KvsError {
  return new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
}
