// fields.js: the questions of the accessible page, in the order they are asked (the course first,
// then the person), each tied to one path of the JSON contract (docs/contract.md). Texts are in
// strings.js under 'q:<path>' (question), 'h:<path>' (hint), 'v:<path>:<value>' (answers).
//   kind: money | date | int | number | text  -> a text <input> (parsed in case.js)
//         radio  -> a <fieldset> of radio buttons with "Weet ik niet" first
//         select -> a <select> with "Weet ik niet" first (long lists)
//         checks -> a <fieldset> of check boxes plus "none of these" (course.quality)
//         bool   -> a radio group Weet ik niet / Ja / Nee

export const COMPONENTS = ['tuition', 'exam', 'materials', 'vat', 'travel', 'wage_loss'];

const LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'];
const PROVINCES = ['DR', 'FL', 'FR', 'GD', 'GR', 'LB', 'NB', 'NH', 'OV', 'UT', 'ZE', 'ZH'];

// The course (section 1). The cost components come first, as their own group.
export const COURSE_FIELDS = [
  { path: 'course.type', kind: 'radio', values: ['diploma', 'certificate', 'course', 'evc'] },
  { path: 'course.quality', kind: 'checks', values: ['ocw', 'nrto', 'nlqf', 'branch', 'evc'] },
  { path: 'course.start_date', kind: 'date', autocomplete: 'off' },
  { path: 'course.nlqf_level', kind: 'select', values: LEVELS, valueKey: 'level' },
  { path: 'course.track', kind: 'radio', values: ['mbo_bol', 'mbo_bbl', 'hbo', 'wo', 'private'] },
  { path: 'course.hours', kind: 'int' },
  { path: 'course.topic', kind: 'radio', values: ['digital', 'technical', 'language', 'care', 'management', 'other'] },
  { path: 'course.ontwikkelpad', kind: 'bool' },
  { path: 'course.aim', kind: 'radio', values: ['required_for_job', 'current_job', 'future_job', 'personal'] },
];

// The person (section 2). Sectors come from the rules in use (catalogue()), not from this file.
export const PERSON_FIELDS = [
  { path: 'person.age', kind: 'int' },
  { path: 'person.employment', kind: 'radio',
    values: ['employee', 'jobseeker', 'self_employed', 'flex_worker', 'student', 'not_working'] },
  { path: 'person.sector', kind: 'select', values: [], fromCatalogue: true },
  { path: 'person.province', kind: 'select', values: PROVINCES },
  { path: 'person.municipality', kind: 'text', autocomplete: 'address-level2' },
  { path: 'person.years_of_service', kind: 'number' },
  { path: 'person.hours_per_week', kind: 'number' },
  { path: 'person.education_level', kind: 'select', values: LEVELS, valueKey: 'level' },
  { path: 'person.contract_type', kind: 'radio', values: ['permanent', 'temporary', 'on_call', 'agency'] },
  { path: 'person.receives_student_finance', kind: 'bool' },
  { path: 'person.receives_ww', kind: 'bool' },
  { path: 'person.dismissal', kind: 'radio', values: ['none', 'threatened', 'dismissed'] },
  { path: 'person.employer_size', kind: 'int' },
];

export const ALL_FIELDS = [...COURSE_FIELDS, ...PERSON_FIELDS];

// The id of the element that holds a field's answer (a group's first control for radio and checks
// is `${id}-<value>`), and of its hint and error message.
export function fieldId(path) {
  return `f-${path.replace(/[._]/g, '-')}`;
}
export const hintId = (path) => `${fieldId(path)}-hint`;
export const errorId = (path) => `${fieldId(path)}-error`;
