import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo, useState } from 'react';
import { MigrationLogView } from '../src/components/view/MigrationLogView.js';
import { createChaosDataSource } from '../src/data-sources/chaos/create-chaos-data-source.js';
import type { ChaosCall, ChaosDataSource, ChaosOptions } from '../src/data-sources/chaos/types.js';
import { demoSource, STORY_NOW } from './support/story-data.js';

interface ChaosStoryProps {
  /** Seed of the chaos: the same clicks meet the same fates. */
  seed: number;
  minLatencyMs: number;
  maxLatencyMs: number;
  failureRate: number;
  timeoutRate: number;
  garbageRate: number;
  dropRate: number;
  /** Later answers may overtake earlier ones. */
  reorder: boolean;
}

/** The last calls the backend received and how each ended, so a reviewer can match screen and backend. */
function BackendLog({ source }: { source: ChaosDataSource }) {
  const [calls, setCalls] = useState<readonly ChaosCall[]>([]);
  useEffect(() => {
    const timer = setInterval(() => setCalls(source.calls().slice(-6)), 250);
    return () => clearInterval(timer);
  }, [source]);
  return (
    <section aria-label="Backend log">
      <h2>Backend log</h2>
      <ol>
        {calls.map((call) => (
          <li key={call.seq}>
            #{call.seq} {call.operation}
            {call.id ? ` ${call.id.slice(0, 8)}` : ''}: {call.outcome}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The whole view over a misbehaving backend: slow, out of order, failing, timing out, sending garbage. */
function ChaosBackend({ seed, minLatencyMs, maxLatencyMs, reorder, ...rates }: ChaosStoryProps) {
  const { failureRate, timeoutRate, garbageRate, dropRate } = rates;
  const source = useMemo(() => {
    const options: ChaosOptions = {
      seed,
      latency: { min: minLatencyMs, max: maxLatencyMs },
      failureRate,
      timeoutRate,
      timeoutMs: 8000,
      garbageRate,
      dropRate,
      reorder,
    };
    return createChaosDataSource(demoSource(), options);
  }, [seed, minLatencyMs, maxLatencyMs, failureRate, timeoutRate, garbageRate, dropRate, reorder]);
  return (
    <div>
      <MigrationLogView dataSource={source} now={STORY_NOW} timeZone="UTC" locale="en-US" />
      <BackendLog source={source} />
    </div>
  );
}

const meta = {
  title: 'Views/Chaos backend',
  component: ChaosBackend,
  args: {
    seed: 1,
    minLatencyMs: 100,
    maxLatencyMs: 1500,
    failureRate: 0.2,
    timeoutRate: 0.05,
    garbageRate: 0.05,
    dropRate: 0.05,
    reorder: true,
  },
  argTypes: {
    failureRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    timeoutRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    garbageRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    dropRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
} satisfies Meta<typeof ChaosBackend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A bit of everything: sort, filter, page and open details quickly, and watch the log. */
export const Unreliable: Story = {};

/** Answers take up to 3 s and arrive out of order; the screen still shows the latest query's. */
export const SlowAndOutOfOrder: Story = {
  args: { minLatencyMs: 0, maxLatencyMs: 3000, failureRate: 0, timeoutRate: 0, garbageRate: 0, dropRate: 0 },
};

/** Half the answers break the contract: the view says it cannot read them instead of going blank. */
export const Garbage: Story = {
  args: { seed: 2, failureRate: 0, timeoutRate: 0, garbageRate: 0.5, dropRate: 0 },
};
