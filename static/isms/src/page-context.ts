// What every ISMS sub-page needs from Jira: the signed-in user and the project the page is opened in.
import { view } from '@forge/bridge';
import { z } from 'zod';

const contextSchema = z.object({
  accountId: z.string().optional(),
  extension: z.object({ project: z.object({ key: z.string() }).loose().optional() }).loose(),
});

export interface PageContext {
  readonly accountId: string | null;
  readonly projectKey: string | null;
}

export async function readPageContext(): Promise<PageContext> {
  const context = contextSchema.parse(await view.getContext());
  return { accountId: context.accountId ?? null, projectKey: context.extension.project?.key ?? null };
}
