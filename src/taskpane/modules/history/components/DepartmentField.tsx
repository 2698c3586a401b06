import { Field, Select } from '@fluentui/react-components';
import { departments, type Department } from '../../../../domain/model/Department';

type DepartmentFieldProps = {
  /** '' while the user's own department is not known yet. */
  value: Department | '';
  onChange: (department: Department) => void;
  /** The field's label and the departments' names, from the form's own module. */
  labels: (key: 'department' | Department) => string;
};

/** The department a recorded contact belongs to. */
export function DepartmentField({ value, onChange, labels }: DepartmentFieldProps) {
  return (
    <Field label={labels('department')}>
      <Select value={value} onChange={(_, d) => onChange(d.value as Department)}>
        {value === '' && <option value="" />}
        {departments.map((d) => (
          <option key={d} value={d}>{labels(d)}</option>
        ))}
      </Select>
    </Field>
  );
}
