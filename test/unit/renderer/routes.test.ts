import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from '../../../renderer/src/app/routes';
import { planningStepOf } from '../../../renderer/src/features/planning/planningSteps';

describe('the step of a phase in the URL', () => {
  it('reads and writes #/procurements/<id>/planning/<step>', () => {
    const view = parseHash('#/procurements/abc/planning/value');
    expect(view).toEqual({ kind: 'procurement', id: 'abc', phase: 'planning', step: 'value' });
    expect(hrefOf(view)).toBe('#/procurements/abc/planning/value');
  });

  it('leaves the step out when there is none, as older links were written', () => {
    expect(parseHash('#/procurements/abc/planning')).toEqual({
      kind: 'procurement',
      id: 'abc',
      phase: 'planning',
    });
    expect(hrefOf({ kind: 'procurement', id: 'abc', phase: 'criteria' })).toBe(
      '#/procurements/abc/criteria',
    );
  });

  it('opens the first planning step for a missing or unknown step', () => {
    expect(planningStepOf(undefined)).toBe('basics');
    expect(planningStepOf('nonsense')).toBe('basics');
    expect(planningStepOf('timeline')).toBe('timeline');
  });
});
