import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { useFocusOnStepChange } from '../app/focus';

/** One step of a phase: its id (in the URL) and its title. */
export interface PhaseStep<S extends string> {
  id: S;
  title: string;
}

/**
 * The layout every phase uses: its steps as a navigation bar (the step is in the URL), the
 * current step's content, previous/next buttons, and a summary that stays in view (sticky)
 * while the officer edits the inputs that drive it. Sized so each step fits 1366 × 900.
 */
export function PhaseLayout<S extends string>(props: {
  label: string;
  steps: readonly PhaseStep<S>[];
  current: S;
  hrefOf: (step: S) => string;
  onNavigate: (step: S) => void;
  summary: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useFocusOnStepChange(props.current, '.phase-step-content');
  const index = props.steps.findIndex((s) => s.id === props.current);
  const previous = index > 0 ? props.steps[index - 1] : undefined;
  const next = index >= 0 && index < props.steps.length - 1 ? props.steps[index + 1] : undefined;
  return (
    <div className="phase-steps">
      <nav aria-label={props.label} className="phase-steps-nav">
        <ol>
          {props.steps.map((step, i) => (
            <li key={step.id}>
              <a
                href={props.hrefOf(step.id)}
                aria-current={step.id === props.current ? 'step' : undefined}
                data-testid={`step-${step.id}`}
              >
                <span className="step-number">{i + 1}</span>
                {step.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="phase-steps-body">
        <div className="phase-step-content">
          {props.children}
          <div className="phase-step-footer">
            {previous ? (
              <Button variant="secondary" onClick={() => props.onNavigate(previous.id)}>
                {t('editing.steps.previous', { step: previous.title })}
              </Button>
            ) : (
              <span />
            )}
            {next && (
              <Button variant="secondary" onClick={() => props.onNavigate(next.id)}>
                {t('editing.steps.next', { step: next.title })}
              </Button>
            )}
          </div>
        </div>
        <aside className="phase-summary" data-testid="phase-summary">
          {props.summary}
        </aside>
      </div>
    </div>
  );
}
