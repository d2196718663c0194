import { useEffect, useRef } from 'react';
import { ActionMenu, ActionMenuDivider, ActionMenuItem } from 'suomifi-ui-components';
import type { ActionMenuParts, LazyActionMenuProps } from './LazyActionMenu';

const PARTS: ActionMenuParts = { Item: ActionMenuItem, Divider: ActionMenuDivider };

/** The Suomi.fi ActionMenu behind {@link LazyActionMenu}: opens as soon as it is mounted. */
export default function RealActionMenu(props: LazyActionMenuProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.click();
  }, []);
  return (
    <ActionMenu
      ref={ref}
      buttonText={props.buttonText}
      aria-label={props['aria-label']}
      buttonVariant="secondary"
      data-testid={props['data-testid']}
    >
      {props.items(PARTS)}
    </ActionMenu>
  );
}
