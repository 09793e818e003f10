export { runReview, type ReviewOptions } from './run.js';
