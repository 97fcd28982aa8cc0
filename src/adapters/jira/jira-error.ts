// A Jira REST call that did not succeed, with Jira's own error body kept for the logs.
export class JiraRequestError extends Error {
  override readonly name = 'JiraRequestError';
  constructor(
    readonly status: number,
    readonly route: string,
    readonly body: string,
  ) {
    super(`Jira answered ${status} to ${route}`);
  }
}
