import { lazy, Suspense, useState } from 'react';
import type { ActionMenuDivider, ActionMenuItem, ActionMenuProps } from 'suomifi-ui-components';

/** The Suomi.fi menu parts a {@link LazyActionMenu}'s items are built from. */
export interface ActionMenuParts {
  Item: typeof ActionMenuItem;
  Divider: typeof ActionMenuDivider;
}

/** Props of {@link LazyActionMenu}. */
export interface LazyActionMenuProps {
  buttonText: string;
  'aria-label': string;
  'data-testid'?: string;
  /** The menu's items, built from the parts once the menu is really opened. */
  items: (parts: ActionMenuParts) => ActionMenuProps['children'];
}

const loadMenu = () => import('./RealActionMenu');
const RealActionMenu = lazy(loadMenu);

/** Loads the real menu's code ahead of the first click (idle time after the list is shown). */
export function preloadActionMenu(): void {
  void loadMenu();
}

/**
 * A row's Suomi.fi action menu that costs a plain button until it is first used: mounting
 * a full ActionMenu (styled-components, floating UI) in every rendered row made each scroll
 * and search keystroke pay for menus nobody opened, and its code is not part of the first
 * screen. On the first click (mouse or keyboard) the real ActionMenu replaces the button and
 * opens, with focus in the menu as usual.
 */
export function LazyActionMenu(props: LazyActionMenuProps) {
  const [real, setReal] = useState(false);
  const button = (
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
  if (!real) return button;
  return (
    <Suspense fallback={button}>
      <RealActionMenu {...props} />
    </Suspense>
  );
}
