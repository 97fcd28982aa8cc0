// Placeholder until the Management reviews sub-page lands.
import type { SubPageProps } from '../sub-page';

export function ReviewsPage(_props: SubPageProps) {
  return <h1>Management reviews</h1>;
}
