import { describeHostFlows } from './flows/all-flows.js';

describeHostFlows('host-react18', /^18\.3\./);
