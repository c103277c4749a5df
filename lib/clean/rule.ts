import type { ClutterKind } from '../types';

/**
 * A clutter rule finds, without changing anything, the blocks of one kind of boilerplate.
 * The pipeline runs every rule twice: on the whole page before Readability (so link lists and
 * counters cannot tip its scoring) and on Readability's output (to drop what it kept). The content
 * script runs the same rules on the live page to hide, reversibly, what they find.
 */
export interface ClutterRule {
  kind: ClutterKind;
  /**
   * 'article': the rule only runs on what Readability kept (and on a live page), never on the
   * whole page before Readability: what it removes (a byline, a photo credit, a menu) cannot tip
   * Readability's choice, and Readability reads some of it (the byline) for its metadata.
   */
  scope?: 'article';
  /** Outermost matching elements under root, in document order; never root itself. */
  find(root: ParentNode): Element[];
}
