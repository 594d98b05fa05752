import { describeHostFlows } from './flows/all-flows.js';

describeHostFlows('host', /^19\./);
