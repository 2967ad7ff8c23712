/** Public API of the Logward agent. */
export { type RunningAgent, type StartAgentOptions, startAgent } from './agent.ts';
export { loadAgentConfig, parseAgentConfig } from './config/parse.ts';
export type { AgentConfig, FileInputConfig, KafkaConfig, MultilineConfig } from './config/types.ts';
export { AgentConfigError, isAgentConfigError } from './config/validate.ts';
export { type GeneratorHandle, type GeneratorOptions, startGenerator } from './generate.ts';
export type { AgentStatus } from './status.ts';
export { AGENT_VERSION } from './version.ts';
