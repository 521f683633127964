export interface FilterOption {
  value: string;
  label: string;
}

/**
 * One filter of a list (feed, search, catalogue, network, spread): a labelled select whose first choice, `all`,
 * filters nothing. A value from a shared address that is not among the options (an atelier the reader does not
 * follow) stays selected under `unknownLabel`, so the list says why it is empty instead of quietly showing all.
 */
export function FilterSelect({
  id,
  label,
  value,
  all,
  options,
  onChange,
  unknownLabel,
  describedBy,
}: {
  id: string;
  label: string;
  value: string | null | undefined;
  all: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  unknownLabel?: string | undefined;
  describedBy?: string | undefined;
}) {
  const unknown = Boolean(value) && unknownLabel && !options.some((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{all}</option>
        {unknown && <option value={value ?? ''}>{unknownLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
