// The people of Northwind Payments, a card-payments fintech certified to ISO/IEC 27001:2022. Account ids are fixed
// so the ISMS dataset, the Jira site and the tests all name the same person.

export const DEMO_GROUPS = ['jira-administrators', 'isms-managers', 'steering-committee', 'internal-auditors', 'engineering'] as const;
export type DemoGroup = (typeof DEMO_GROUPS)[number];

export interface DemoPerson {
  readonly accountId: string;
  readonly displayName: string;
  readonly emailAddress: string;
  /** Their job at Northwind, shown in the host's user switcher. */
  readonly title: string;
  readonly groups: readonly DemoGroup[];
}

function person(suffix: string, displayName: string, title: string, groups: readonly DemoGroup[]): DemoPerson {
  const email = `${displayName.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}@northwind-payments.example`;
  return { accountId: `712020:0c1a9e${suffix}-4d6f-4b1e-9a2c-5e8f00c10${suffix.slice(-3)}`, displayName, emailAddress: email, title, groups };
}

export const DEMO_PEOPLE = {
  jiraAdmin: person('01', 'Jonas Weber', 'Jira administrator (IT)', ['jira-administrators']),
  ismsManager: person('02', 'Priya Raman', 'ISMS manager, Management Representative', ['isms-managers', 'steering-committee']),
  ciso: person('03', 'Marcus Webb', 'CISO, steering committee', ['steering-committee', 'isms-managers']),
  ceo: person('04', 'Helena Brandt', 'CEO, chairs the steering committee', ['steering-committee']),
  leadAuditor: person('05', 'Tomás Alvarez', 'Internal auditor (lead), Risk & Compliance', ['internal-auditors']),
  auditor: person('06', 'Grace Liu', 'Internal auditor, Finance', ['internal-auditors']),
  platformLead: person('07', 'Daniel Okafor', 'Head of Platform Engineering, control owner', ['engineering']),
  sreLead: person('08', 'Sofia Marin', 'SRE lead, incident response', ['engineering']),
  itOps: person('09', 'Ben Carter', 'IT operations manager, control owner', ['engineering']),
  hr: person('10', 'Amara Nwosu', 'HR business partner, control owner', []),
  facilities: person('11', 'Luca Romano', 'Facilities manager, control owner', []),
  engineer: person('12', 'Erin Walsh', 'Software engineer, payments API', ['engineering']),
} as const satisfies Record<string, DemoPerson>;

export type DemoRole = keyof typeof DEMO_PEOPLE;

/** In the order the host's user switcher lists them; the Jira admin first (the person who installs the app). */
export const DEMO_PEOPLE_LIST: readonly DemoPerson[] = Object.values(DEMO_PEOPLE);

/** Account id shorthand for the dataset. */
export const ID = Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([role, who]) => [role, who.accountId])) as Record<DemoRole, string>;

/** The demo role of an account id the dataset uses; throws for anyone else. */
export function roleOf(accountId: string): DemoRole {
  const role = (Object.keys(DEMO_PEOPLE) as DemoRole[]).find((candidate) => DEMO_PEOPLE[candidate].accountId === accountId);
  if (role === undefined) throw new Error(`no demo person has account id ${accountId}`);
  return role;
}
