/** Reported in heartbeats and `logward-agent --version`. */
export const AGENT_VERSION = '0.1.0';
