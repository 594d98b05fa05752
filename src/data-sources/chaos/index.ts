export { createChaosDataSource } from './create-chaos-data-source.js';
export type {
  ChaosCall,
  ChaosDataSource,
  ChaosFate,
  ChaosOperation,
  ChaosOptions,
  ChaosOutcome,
  ChaosStats,
} from './types.js';
