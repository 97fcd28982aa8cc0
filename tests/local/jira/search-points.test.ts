// Searches are priced as reads (1 point + 1 per issue returned), as Jira's points quota does, even though they are POSTs.
import { pointsFor } from '../../../local/jira/rate/points-budget';

describe('pointsFor', () => {
  it.each([
    ['GET', 10, '/rest/api/3/issue/{issueIdOrKey}', 11],
    ['POST', 100, '/rest/api/3/search/jql', 101],
    ['POST', 1, '/rest/api/3/search/approximate-count', 2],
    ['POST', 100, '/rest/api/3/issue/bulkfetch', 101],
    ['POST', 50, '/rest/api/3/issue/bulk', 1],
    ['PUT', 1, '/rest/api/3/issue/{issueIdOrKey}', 1],
  ])('%s with %i objects on %s costs %i points', (method, objects, template, expected) => {
    expect(pointsFor(method, objects, template)).toBe(expected);
  });
});
