// What the admin page shows about the KPI web trigger: where feeders post, whether a signing secret exists and
// when it was last rotated (never the secret itself), and how requests must be signed.
import { SIGNATURE_TOLERANCE_SECONDS } from './verify-kpi-signature';

export interface KpiWebTriggerInfo {
  readonly url: string;
  readonly secretConfigured: boolean;
  readonly rotatedAt: string | null;
  readonly rotatedBy: string | null;
  readonly signing: {
    readonly algorithm: 'HMAC-SHA256';
    readonly signedText: '<X-Clause9-Timestamp>.<raw body>';
    readonly headers: readonly ['X-Clause9-Timestamp', 'X-Clause9-Signature'];
    readonly toleranceSeconds: number;
  };
}

export interface KpiWebTriggerInfoPorts {
  readonly getUrl: () => Promise<string>;
  readonly readSecret: () => Promise<{ readonly rotatedAt: string; readonly rotatedBy: string } | undefined>;
}

export async function describeKpiWebTrigger(ports: KpiWebTriggerInfoPorts): Promise<KpiWebTriggerInfo> {
  const [url, secret] = await Promise.all([ports.getUrl(), ports.readSecret()]);
  return {
    url,
    secretConfigured: secret !== undefined,
    rotatedAt: secret?.rotatedAt ?? null,
    rotatedBy: secret?.rotatedBy ?? null,
    signing: {
      algorithm: 'HMAC-SHA256',
      signedText: '<X-Clause9-Timestamp>.<raw body>',
      headers: ['X-Clause9-Timestamp', 'X-Clause9-Signature'],
      toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS,
    },
  };
}
