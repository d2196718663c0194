/**
 * Ends every `switch` over a discriminated union (phases, views, dialogs): adding a new
 * member fails to compile until each switch handles it.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
