import { useState } from 'react';

/**
 * The same value as last render while it is structurally equal (same JSON), so memoised work and
 * memoised children keyed on it do not rerun when a save hands back an equal copy. Uses React's
 * "adjust state during render" pattern, not an effect.
 */
export function useStableValue<T>(value: T): T {
  const [held, setHeld] = useState(value);
  if (held !== value && JSON.stringify(held) !== JSON.stringify(value)) {
    setHeld(value);
    return value;
  }
  return held;
}
