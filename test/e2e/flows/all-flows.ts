import { describe } from 'vitest';
import type { HostName } from '../paths.mjs';
import { useHostSession } from '../support/host-session.js';
import { detailsFlows } from './details-flows.js';
import { listFlows } from './list-flows.js';
import { resilienceFlows } from './resilience-flows.js';

/** Every flow, against one host app; each host's test file calls this once. */
export function describeHostFlows(host: HostName, reactVersion: RegExp): void {
  describe(`${host}: flows in Chromium`, () => {
    const session = useHostSession(host);
    listFlows(session, reactVersion);
    detailsFlows(session);
    resilienceFlows(session);
  });
}
