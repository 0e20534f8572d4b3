import type { ChangeEvent } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled `<select>` with an optional empty first choice ("All", "Any"), as the filter forms use it. */
export function SelectField(props: {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  options: readonly SelectOption[];
  emptyLabel?: string;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={props.onChange}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
