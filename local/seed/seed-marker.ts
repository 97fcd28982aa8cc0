// "Has this data dir been seeded?": a small JSON marker written once the whole demo site is in place, so a crash
// half-way through seeding is redone on the next start rather than leaving a half-seeded site.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

const markerSchema = z.object({ seededAt: z.string(), demoToday: z.string(), organisation: z.string() });
export type SeedMarker = z.infer<typeof markerSchema>;

const MARKER_FILE = 'seeded.json';

export function readSeedMarker(dataDir: string): SeedMarker | undefined {
  const file = join(dataDir, MARKER_FILE);
  return existsSync(file) ? markerSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

export function writeSeedMarker(dataDir: string, marker: SeedMarker): void {
  writeFileSync(join(dataDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}
