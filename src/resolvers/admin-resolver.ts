// The admin page's resolver (jira:adminPage "clause9-admin"): Jira administrators only.
import { z } from 'zod';

import { readSetupState } from '../adapters/storage/read-setup-state';
import { getAppStatus } from '../app/get-app-status';
import { requireJiraAdmin } from './authorise';
import { ResolverSurface } from './resolver-surface';

export const adminResolver = new ResolverSurface('admin')
  .define('admin/status', {
    input: z.object({}).strict(),
    authorise: requireJiraAdmin,
    run: () => getAppStatus({ readSetupState }),
  })
  .handler();
