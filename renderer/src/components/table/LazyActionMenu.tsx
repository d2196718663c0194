import { useEffect, useRef, useState } from 'react';
import { ActionMenu, type ActionMenuProps } from 'suomifi-ui-components';

/**
 * A row's Suomi.fi action menu that costs a plain button until it is first used: mounting
 * a full ActionMenu (styled-components, floating UI) in every rendered row made each scroll
 * and search keystroke pay for menus nobody opened. On the first click (mouse or keyboard)
 * the real ActionMenu replaces the button and opens, with focus in the menu as usual.
 */
export function LazyActionMenu(props: {
  buttonText: string;
  'aria-label': string;
  'data-testid'?: string;
  children: ActionMenuProps['children'];
}) {
  const [real, setReal] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (real) ref.current?.click();
  }, [real]);
  if (!real) {
    return (
      <button
        type="button"
        className="hp-menu-button"
        aria-label={props['aria-label']}
        aria-haspopup="menu"
        aria-expanded={false}
        data-testid={props['data-testid']}
        onClick={() => setReal(true)}
      >
        {props.buttonText}
        <span className="hp-menu-caret" aria-hidden="true" />
      </button>
    );
  }
  return (
    <ActionMenu
      ref={ref}
      buttonText={props.buttonText}
      aria-label={props['aria-label']}
      buttonVariant="secondary"
      data-testid={props['data-testid']}
    >
      {props.children}
    </ActionMenu>
  );
}
