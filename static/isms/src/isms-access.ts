// isms/access for every sub-page: whether to offer the ISMS manager's controls and the raise-finding form. When the
// answer fails the page still shows its data, read-only, with the failure as the reason.
import { ismsAccessSchema, type IsmsAccess } from '../../../src/contracts/isms-access';
import { invokeKey, type Answer } from '../../shared/invoke';

export const fetchIsmsAccess = (): Promise<Answer<IsmsAccess>> => invokeKey('isms/access', ismsAccessSchema, {});

export function accessOrReadOnly(answer: Answer<IsmsAccess>): IsmsAccess {
  return answer.state === 'ready' ? answer.data : { canManage: false, canRaiseFindings: false, reason: answer.error.message };
}
