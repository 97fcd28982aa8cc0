// Placeholder until the Monitoring matrix sub-page lands.
import type { SubPageProps } from '../sub-page';

export function MatrixPage(_props: SubPageProps) {
  return <h1>Monitoring matrix</h1>;
}
