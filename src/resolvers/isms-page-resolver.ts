// The ISMS project page (jira:projectPage "clause9-isms", docs/decisions.md D17): one Forge function for its four
// sub-pages — monitoring matrix, KPIs, audit programme, management reviews — plus raising findings from an audit.
// Each key keeps the authorisation its own surface defines.
import { auditProgrammeResolver } from './audit-programme-resolver';
import { findingResolver } from './finding-resolver';
import { kpiResolver } from './kpi-resolver';
import { managementReviewResolver } from './management-review-resolver';
import { matrixResolver } from './matrix-resolver';
import { combineSurfaces } from './resolver-surface';

export const ismsPageResolver = combineSurfaces('isms', [matrixResolver, kpiResolver, auditProgrammeResolver, managementReviewResolver, findingResolver]);
