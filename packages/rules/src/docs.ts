/**
 * Each shipped rule's documentation (its `src/rules/<id>/rule.md`, Markdown), by id: an entry point of its
 * own, so that linting, which never reads them, does not load and compile 186 kB of text (a quarter of the
 * catalogue's module). `mtlint rules <id>` and the playground import it when they show a rule's page.
 *
 * @packageDocumentation
 */
import { RULE_DOCS } from '#rule-docs';
import type { RuleId } from './index.js';

/** Each shipped rule's rule.md, by rule id. */
export const ruleDocs = RULE_DOCS as Readonly<Record<RuleId, string>>;
