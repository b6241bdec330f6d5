import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Baseline, baselineFrom, checkGate } from './gate.js';
import type { Figures } from './results.js';

const SPEAKERS = 'real pages · quote speakers [held]';
const FALSE_ALARMS = 'real pages · conflicts false contradictions [all]';

const figures: Figures = {
  [SPEAKERS]: 0.6,
  'real pages · figures value+approx+role [tune]': 0.5,
  [FALSE_ALARMS]: 3,
  'real pages · analysis seconds': 4.2,
};

describe('the eval gate', () => {
  const baseline = baselineFrom(figures);

  it('takes the headline figures into the baseline, and counts of false alarms as lower-is-better', () => {
    expect(Object.keys(baseline.higherIsBetter).sort()).toEqual(
      [SPEAKERS, 'real pages · figures value+approx+role [tune]'].sort(),
    );
    expect(baseline.lowerIsBetter).toEqual({ [FALSE_ALARMS]: 3 });
  });

  it('passes results equal to the baseline, and small moves within the tolerance', () => {
    expect(checkGate(figures, baseline).passed).toBe(true);
    expect(checkGate({ ...figures, [SPEAKERS]: 0.595 }, baseline).passed).toBe(true);
  });

  it('fails when a headline figure drops by more than the tolerance, and names it', () => {
    const report = checkGate({ ...figures, [SPEAKERS]: 0.55 }, baseline);
    expect(report.passed).toBe(false);
    expect(report.moved[0]).toMatchObject({ key: SPEAKERS, baseline: 0.6, now: 0.55, worse: true });
  });

  it('fails when false alarms grow, or a figure goes missing; a gain is reported but passes', () => {
    expect(checkGate({ ...figures, [FALSE_ALARMS]: 4 }, baseline).passed).toBe(false);
    const { [SPEAKERS]: _, ...withoutSpeakers } = figures;
    expect(checkGate(withoutSpeakers, baseline).moved[0]).toMatchObject({
      key: SPEAKERS,
      now: null,
      worse: true,
    });
    const better = checkGate({ ...figures, [SPEAKERS]: 0.8 }, baseline);
    expect(better).toMatchObject({ passed: true, moved: [{ key: SPEAKERS, worse: false }] });
  });

  it('as `npm run eval:gate`: exits 1 on a worse results.json and 0 on an equal one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-gate-'));
    const baselineFile = join(dir, 'baseline.json');
    writeFileSync(baselineFile, JSON.stringify(baseline satisfies Baseline));
    const run = (results: Figures) => {
      const resultsFile = join(dir, 'results.json');
      writeFileSync(resultsFile, JSON.stringify({ figures: results, messages: {} }));
      const gate = new URL('../../dist/eval/gate-main.js', import.meta.url).pathname;
      return spawnSync('node', [gate, '--results', resultsFile, '--baseline', baselineFile], {
        encoding: 'utf8',
      });
    };
    const equal = run(figures);
    expect(equal.status).toBe(0);
    expect(equal.stdout).toContain('passed');
    const worse = run({ ...figures, [SPEAKERS]: 0.4 });
    expect(worse.status).toBe(1);
    expect(worse.stdout).toMatch(/WORSE .*0\.6000 → 0\.4000 .*quote speakers \[held\]/);
  });
});
