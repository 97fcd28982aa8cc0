// The content hash of a published record: SHA-256 over its canonical JSON (UTF-8), as lowercase hex.
import { createHash } from 'node:crypto';

export const CONTENT_HASH_ALGORITHM = 'SHA-256';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
