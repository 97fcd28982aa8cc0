// isms/access: what the ISMS page may offer the caller. Readers of the ISMS project may ask; a refused role check is
// an answer (false and its reason), anything else (Jira down, not set up) still fails the call.
import { ismsAccessPayloadSchema, type IsmsAccess } from '../contracts/isms-access';
import { AppError } from '../app/app-error';
import { requireProjectMember } from './authorise';
import { authoriseIsmsManager, authoriseIsmsReader, ismsSetup } from './isms-access';
import { ResolverSurface } from './resolver-surface';

/** Null when the check passes, the refusal's message when it answers FORBIDDEN. */
async function refusal(check: () => Promise<void>): Promise<string | null> {
  try {
    await check();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return error.message;
    throw error;
  }
}

async function ismsAccess(): Promise<IsmsAccess> {
  const [managerRefusal, memberRefusal] = await Promise.all([
    refusal(authoriseIsmsManager),
    refusal(async () => { await requireProjectMember((await ismsSetup()).projectKey); }),
  ]);
  return { canManage: managerRefusal === null, canRaiseFindings: memberRefusal === null, reason: managerRefusal };
}

export const ismsAccessResolver = new ResolverSurface('isms')
  .define('isms/access', { input: ismsAccessPayloadSchema, authorise: () => authoriseIsmsReader(), run: ismsAccess })
  .handler();
