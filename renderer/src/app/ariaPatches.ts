import { useEffect } from 'react';

/**
 * Names what Suomi.fi components leave unnamed (WCAG 4.1.2): the open list of a Dropdown,
 * SingleSelect or MultiSelect (`<id>-popover`, role listbox) gets the field's label as its
 * name. Mounted once in the app shell, so every view, including new phases, is covered. Only
 * added nodes are looked at; a list already named is left alone.
 */
export function useSuomiFiAriaPatches(): void {
  useEffect(() => {
    const nameList = (list: HTMLElement) => {
      if (list.hasAttribute('aria-label') || list.hasAttribute('aria-labelledby')) return;
      const fieldId = list.id.replace(/-popover$/, '');
      const label =
        document.getElementById(`${fieldId}-label`) ??
        document.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`);
      if (!label) return;
      if (!label.id) label.id = `${fieldId}-label`;
      list.setAttribute('aria-labelledby', label.id);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          if (node.matches('[role="listbox"][id$="-popover"]')) nameList(node);
          node.querySelectorAll<HTMLElement>('[role="listbox"][id$="-popover"]').forEach(nameList);
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
