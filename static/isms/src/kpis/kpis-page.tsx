// Placeholder until the KPIs sub-page lands.
import type { SubPageProps } from '../sub-page';

export function KpisPage(_props: SubPageProps) {
  return <h1>KPIs</h1>;
}
