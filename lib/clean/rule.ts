import type { ClutterKind } from '../types';

/**
 * A clutter rule finds, without changing anything, the blocks of one kind of boilerplate.
 * The pipeline runs every rule twice: on the whole page before Readability (so link lists and
 * counters cannot tip its scoring) and on Readability's output (to drop what it kept). The content
 * script runs the same rules on the live page to hide, reversibly, what they find.
 */
export interface ClutterRule {
  kind: ClutterKind;
  /** Outermost matching elements under root, in document order; never root itself. */
  find(root: ParentNode): Element[];
}
