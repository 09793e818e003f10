import { describe, expect, it } from 'vitest';
import { mergeProcesses, type ProcessThroughput } from './throughput.js';

const proc = (medianMs: number, cpuMs?: number[], findings = 7, bytes = 1_000_000): ProcessThroughput => ({
  tool: 'mtlint', version: '1.0.0', what: 'x', setupMs: 10, bytes, sampled: bytes < 1_000_000, runs: 3,
  warmUpMs: [900, medianMs], timesMs: [medianMs, medianMs, medianMs], medianMs, mbPerSecond: bytes / 1000 / medianMs, findings,
  ...(cpuMs ? { cpuMs } : {}),
});

describe('mergeProcesses', () => {
  it('takes the process with the median throughput, every process\'s MB/s, and the median of their CPU medians', () => {
    const m = mergeProcesses([proc(500, [400, 420, 410]), proc(350, [300, 310, 305]), proc(400, [390, 380, 385])]);
    expect(m.medianMs).toBe(400);
    expect(m.mbPerSecond).toBe(2.5);
    expect(m.warmUpMs).toEqual([900, 400]);
    expect(m.processes).toBe(3);
    expect(m.processMBps).toEqual([2, 1000 / 350, 2.5]);
    expect(m.cpuMedianMs).toBe(385);
    expect('cpuMs' in m).toBe(false);
  });

  it('takes the slower of the middle two of an even number', () => {
    expect(mergeProcesses([proc(300), proc(500), proc(400), proc(200)]).medianMs).toBe(400);
  });

  it('ranks processes timed on different samples by MB/s, and gives no CPU figure for them', () => {
    const m = mergeProcesses([proc(100, [90], 3, 200_000), proc(400, [380], 9, 600_000), proc(100, [95], 2, 100_000)]);
    // 2, 1.5 and 1 MB/s: the 600 kB process is the median one.
    expect(m.bytes).toBe(600_000);
    expect(m.findings).toBe(9);
    expect(m.mbPerSecond).toBe(1.5);
    expect(m.cpuMedianMs).toBeUndefined();
  });

  it('leaves the CPU out when a process lacks it, and refuses processes that disagree on the same text', () => {
    expect(mergeProcesses([proc(500, [400]), proc(350)]).cpuMedianMs).toBeUndefined();
    expect(() => mergeProcesses([proc(500), proc(350, undefined, 8)])).toThrow(/disagree/);
    expect(() => mergeProcesses([])).toThrow(RangeError);
  });
});
