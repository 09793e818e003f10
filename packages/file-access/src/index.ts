export { isReadOnly } from './read-only.js';
