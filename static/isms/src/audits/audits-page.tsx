// Placeholder until the Audit programme sub-page lands.
import type { SubPageProps } from '../sub-page';

export function AuditsPage(_props: SubPageProps) {
  return <h1>Audit programme</h1>;
}
