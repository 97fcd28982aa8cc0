// What an error means for the person looking at the gadget, and what to do about it.
import type { ResolverError } from '../../src/contracts/envelope';

export function errorAdvice(error: ResolverError): { readonly title: string; readonly action: string } {
  switch (error.code) {
    case 'NOT_SET_UP':
      return { title: 'Clause9 is not set up on this site yet', action: 'Ask your Jira admin to run setup in Apps → Clause9 settings.' };
    case 'FORBIDDEN':
      return { title: 'You can’t see the ISMS project', action: 'Ask your ISMS manager or Jira admin for Browse Projects permission on it.' };
    case 'INVALID_PAYLOAD':
      return { title: 'This gadget’s configuration is not valid', action: `${error.message} Choose Edit on the gadget and save it again.` };
    case 'NOT_FOUND':
      return { title: 'Something this gadget shows no longer exists', action: `${error.message} Choose Edit on the gadget and pick again.` };
    case 'JIRA_UNAVAILABLE':
      return { title: 'Clause9 could not be reached', action: 'Refresh the gadget in a minute; if it keeps failing, ask your Jira admin.' };
    default:
      return { title: 'Something went wrong in Clause9', action: 'Refresh the gadget; if it keeps failing, ask your Jira admin.' };
  }
}
