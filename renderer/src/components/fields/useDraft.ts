import { useState } from 'react';

/** The text being typed in a field, tied to the stored value it was typed over. */
interface Draft<T> {
  text: string;
  over: T;
}

/**
 * Draft/parse/error behaviour shared by every typed field: the text stays as typed, a text
 * that reads is stored at once, one that does not keeps the last valid stored value and an
 * error. A new stored value from elsewhere (undo, another window) replaces the draft.
 */
export function useDraft<T, R>(options: {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => { ok: true; value: T } | { ok: false; refusal: R };
  onChange: (value: T) => void;
}) {
  const { value, format, parse, onChange } = options;
  const [draft, setDraft] = useState<Draft<T> | null>(null);
  const current = draft && Object.is(draft.over, value) ? draft : null;
  const text = current ? current.text : format(value);
  const parsed = current ? parse(current.text) : null;
  const refusal = parsed && !parsed.ok ? parsed.refusal : null;

  const change = (next: string) => {
    const read = parse(next);
    if (read.ok) {
      setDraft({ text: next, over: read.value });
      if (!Object.is(read.value, value)) onChange(read.value);
    } else {
      setDraft({ text: next, over: value });
    }
  };
  /** On leaving the field a text that read is shown formatted; an unread one stays. */
  const blur = () => {
    if (current && parsed?.ok) setDraft(null);
  };
  return { text, refusal, change, blur };
}
