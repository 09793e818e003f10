import { describe, expect, it } from 'vitest';
import { mergeProcesses, type ProcessThroughput } from './throughput.js';

const proc = (medianMs: number, cpuMs?: number[], findings = 7): ProcessThroughput => ({
  tool: 'mtlint', version: '1.0.0', what: 'x', setupMs: 10, bytes: 1_000_000, sampled: false, runs: 3,
  warmUpMs: [900, medianMs], timesMs: [medianMs, medianMs, medianMs], medianMs, mbPerSecond: 1000 / medianMs, findings,
  ...(cpuMs ? { cpuMs } : {}),
});

describe('mergeProcesses', () => {
  it('takes the median of the processes\' medians, their list, and the median of their CPU medians', () => {
    const m = mergeProcesses([proc(500, [400, 420, 410]), proc(350, [300, 310, 305]), proc(400, [390, 380, 385])]);
    expect(m.medianMs).toBe(400);
    expect(m.mbPerSecond).toBe(2.5);
    expect(m.processes).toBe(3);
    expect(m.processMediansMs).toEqual([500, 350, 400]);
    expect(m.cpuMedianMs).toBe(385);
    expect(m.warmUpMs).toEqual([900, 500]);
    expect('cpuMs' in m).toBe(false);
  });

  it('leaves the CPU out when a process lacks it, and refuses processes that disagree on the findings', () => {
    expect(mergeProcesses([proc(500, [400]), proc(350)]).cpuMedianMs).toBeUndefined();
    expect(() => mergeProcesses([proc(500), proc(350, undefined, 8)])).toThrow(/disagree/);
    expect(() => mergeProcesses([])).toThrow(RangeError);
  });
});
