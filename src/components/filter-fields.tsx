import { useEffect, useId, useState } from 'react';

/** One choice of a filter: the value written into the URL and the words shown. */
export interface FilterOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

/**
 * A filter as a select with an "all" choice first: `onChange` gets the chosen option's value, or
 * undefined for "all" (anything not among the options counts as "all", so a URL can never smuggle
 * a value in through the control).
 */
export function FilterSelect<V extends string>({
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: V | undefined;
  options: readonly FilterOption<V>[];
  onChange: (value: V | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value)}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The owner units as filter options, with the current one kept even when the list lacks it. */
export function ownerOptions(owners: readonly string[], current: string | undefined): FilterOption<string>[] {
  return [...new Set([...owners, ...(current ? [current] : [])])].map((o) => ({ value: o, label: o }));
}

/**
 * The search box keeps what is typed locally and writes it to the URL after a short pause, so
 * typing does not fire a request per key; the URL stays the source of truth.
 */
export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (q: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // A new URL value (back button, cleared filters) replaces the draft: derived during render.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onChange(draft.trim()), 250);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="field field-grow">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}
