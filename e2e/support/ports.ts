// Fixed loopback ports of the end-to-end run: Pier, and the test identity provider.
export const e2ePort = Number(process.env.PIER_E2E_PORT ?? 3107);
export const e2eIdpPort = Number(process.env.PIER_E2E_IDP_PORT ?? 3108);
