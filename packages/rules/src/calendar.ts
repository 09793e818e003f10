import { WordSet } from '@mtlint/text';

// The names of the days and months, in lower case, for the rules that read a date's shape ("on Monday", "in May
// 2018", "in the night of Saturday").
export const WEEKDAYS = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// The parts of a day, which stand after a weekday ("on Monday night") or before it ("in the night of Saturday").
export const PARTS_OF_DAY = new WordSet(['night', 'morning', 'evening', 'afternoon']);
export const MONTHS = new WordSet([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
