// A bridge call the host refuses, with the HTTP status the iframe script turns into a rejected promise.
export class BridgeMethodError extends Error {
  override readonly name = 'BridgeMethodError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
