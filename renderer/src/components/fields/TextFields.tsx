import { memo } from 'react';
import { Textarea, TextInput } from 'suomifi-ui-components';

/** A field-level problem shown under the field and tied to it (aria-describedby). */
export type FieldStatus = { status: 'error'; statusText: string } | { status: 'default' };

/**
 * A one-line text field over the Suomi.fi input: the stored text is the value (no draft is
 * needed, every text is valid); `status` carries a problem such as a personal identity code.
 */
export const TextField = memo(function TextField(props: {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  testId?: string;
  wide?: boolean;
  fieldStatus?: FieldStatus;
}) {
  const status = props.fieldStatus ?? { status: 'default' as const };
  return (
    <TextInput
      className={props.wide ? 'wide' : undefined}
      labelText={props.label}
      hintText={props.hint}
      value={props.value}
      maxLength={props.maxLength}
      fullWidth
      {...status}
      onChange={(value) => props.onChange(String(value ?? ''))}
      data-testid={props.testId}
    />
  );
});

/** A multi-line text field over the Suomi.fi textarea, same conventions as {@link TextField}. */
export const TextAreaField = memo(function TextAreaField(props: {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  rows?: number;
  onChange: (value: string) => void;
  testId?: string;
  fieldStatus?: FieldStatus;
}) {
  const status = props.fieldStatus ?? { status: 'default' as const };
  return (
    <Textarea
      className="wide"
      labelText={props.label}
      hintText={props.hint}
      value={props.value}
      maxLength={props.maxLength}
      rows={props.rows ?? 3}
      fullWidth
      resize="vertical"
      {...status}
      onChange={(event) => props.onChange(event.target.value)}
      data-testid={props.testId}
    />
  );
});
