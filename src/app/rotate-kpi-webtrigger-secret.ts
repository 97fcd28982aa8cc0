// Replaces the KPI web trigger's signing secret. The new secret is returned once, for the admin to hand to the
// feeders; from this moment requests signed with the old one are refused (401).
export interface RotatedSecret {
  readonly secret: string;
  readonly rotatedAt: string;
  readonly rotatedBy: string;
  readonly url: string;
}

export interface RotateSecretPorts {
  readonly rotate: (meta: { readonly by: string; readonly at: string }) => Promise<{ readonly secret: string; readonly rotatedAt: string; readonly rotatedBy: string }>;
  readonly getUrl: () => Promise<string>;
}

export async function rotateKpiWebTriggerSecret(ports: RotateSecretPorts, meta: { readonly by: string; readonly at: string }): Promise<RotatedSecret> {
  const rotated = await ports.rotate(meta);
  return { ...rotated, url: await ports.getUrl() };
}
