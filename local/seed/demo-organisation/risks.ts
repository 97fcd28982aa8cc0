// Northwind Payments' risk register (6.1.2), the risks the monitoring matrix is derived from. Ids are referenced by
// monitoring items (riskIds) and findings; the register itself lives outside Clause9.
export interface DemoRisk {
  readonly id: string;
  readonly title: string;
  readonly level: 'high' | 'medium' | 'low';
}

export const DEMO_RISKS: readonly DemoRisk[] = [
  { id: 'R-001', title: 'Ransomware encrypts production systems and their backups', level: 'high' },
  { id: 'R-002', title: 'Cardholder data exfiltrated through a compromised privileged account', level: 'high' },
  { id: 'R-003', title: 'Payment API outage caused by a failed change', level: 'high' },
  { id: 'R-004', title: 'Phishing leads to stolen staff credentials', level: 'high' },
  { id: 'R-005', title: 'Unpatched internet-facing vulnerability is exploited', level: 'high' },
  { id: 'R-006', title: 'Insider misuse of customer personal data', level: 'medium' },
  { id: 'R-007', title: 'Breach or outage at the card processor (critical supplier)', level: 'high' },
  { id: 'R-008', title: 'Cloud storage misconfiguration exposes data publicly', level: 'medium' },
  { id: 'R-009', title: 'Security incident detected late, response too slow', level: 'high' },
  { id: 'R-010', title: 'Loss of the office or co-location site (fire, flood, power)', level: 'medium' },
  { id: 'R-011', title: 'Leavers keep access to systems after they go', level: 'medium' },
  { id: 'R-012', title: 'Secrets committed to source code repositories', level: 'medium' },
  { id: 'R-013', title: 'Logs missing or tampered with, leaving no forensic evidence', level: 'medium' },
  { id: 'R-014', title: 'Regulatory non-compliance (PCI DSS, GDPR, DORA) and fines', level: 'high' },
  { id: 'R-015', title: 'Lost or stolen laptop with unencrypted customer data', level: 'low' },
  { id: 'R-016', title: 'Backup restore fails when it is needed', level: 'high' },
  { id: 'R-017', title: 'DDoS attack takes the payment gateway down', level: 'medium' },
  { id: 'R-018', title: 'Staff do not know how to report a security incident', level: 'medium' },
  { id: 'R-019', title: 'Unauthorised physical access to the server room', level: 'low' },
  { id: 'R-020', title: 'Compromised third-party library in the build (supply chain)', level: 'medium' },
];
