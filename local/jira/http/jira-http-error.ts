// A Jira error answer: status + Jira's `{ errorMessages: [], errors: {} }` body. Thrown by handlers, written once
// by the server.

export class JiraHttpError extends Error {
  override readonly name = 'JiraHttpError';

  constructor(
    readonly status: number,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status}: ${[...errorMessages, ...Object.entries(errors).map(([field, message]) => `${field}: ${message}`)].join('; ')}`);
  }

  body(): { errorMessages: string[]; errors: Record<string, string> } {
    return { errorMessages: [...this.errorMessages], errors: { ...this.errors } };
  }
}

export function badRequest(message: string): JiraHttpError {
  return new JiraHttpError(400, [message]);
}

/** 400 naming the offending fields, the way Jira validates issue input. */
export function fieldErrors(errors: Readonly<Record<string, string>>): JiraHttpError {
  return new JiraHttpError(400, [], errors);
}

export function notFound(message: string): JiraHttpError {
  return new JiraHttpError(404, [message]);
}

export function forbidden(message: string): JiraHttpError {
  return new JiraHttpError(403, [message]);
}

export const issueNotFoundMessage = 'Issue does not exist or you do not have permission to see it.';

export function issueNotFound(): JiraHttpError {
  return notFound(issueNotFoundMessage);
}

export function projectNotFound(idOrKey: string): JiraHttpError {
  return notFound(/^\d+$/.test(idOrKey) ? `No project could be found with id '${idOrKey}'.` : `No project could be found with key '${idOrKey}'.`);
}
