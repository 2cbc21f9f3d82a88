// Start-up messages of the supervisor, one prefix so they stand out from Next's own output.
export const log = {
  info: (message: string) => console.log(`[pier] ${message}`),
  warn: (message: string) => console.warn(`[pier] warning: ${message}`),
  error: (message: string) => console.error(`[pier] error: ${message}`),
};
