// The ISMS project page (jira:projectPage "clause9-isms", docs/decisions.md D17): one Forge function for its four
// sub-pages — monitoring matrix, KPIs, audit programme, management reviews — plus raising findings from an audit
// and isms/access (what the page may offer the caller).
// Each key keeps the authorisation its own surface defines.
import { auditProgrammeResolver } from './audit-programme-resolver';
import { findingResolver } from './finding-resolver';
import { ismsAccessResolver } from './isms-access-resolver';
import { kpiResolver } from './kpi-resolver';
import { managementReviewResolver } from './management-review-resolver';
import { matrixResolver } from './matrix-resolver';
import { combineSurfaces } from './resolver-surface';

export const ismsPageResolver = combineSurfaces('isms', [ismsAccessResolver, matrixResolver, kpiResolver, auditProgrammeResolver, managementReviewResolver, findingResolver]);
