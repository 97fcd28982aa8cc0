// The demo organisation (Northwind Payments): its Jira site, its ISMS dataset and the seam that loads the dataset
// through the app's own use cases.
export { DEMO_GROUPS, DEMO_PEOPLE, DEMO_PEOPLE_LIST, ID } from './demo-people';
export type { DemoPerson, DemoRole } from './demo-people';
export { seedJiraSite } from './seed-jira-site';
export type { SeededSite } from './seed-jira-site';
export { readSeedMarker, writeSeedMarker } from './seed-marker';
export type { SeedMarker } from './seed-marker';
export { buildDemoOrganisation, FINDING_STORIES } from './demo-organisation';
export type { DemoOrganisation } from './demo-organisation';
export { loadDemoOrganisation } from './load-demo-organisation';
export type { DemoOrganisationPorts, LoadReport } from './load-demo-organisation';
