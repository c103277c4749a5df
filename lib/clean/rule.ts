import type { ClutterKind } from '../types';

/**
 * A clutter rule finds, without changing anything, the blocks of one kind of boilerplate.
 * The pipeline runs a rule twice: on the whole page before Readability (so link lists and boxes
 * cannot tip its scoring) and on Readability's output (to drop what it kept). The content
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
  /**
   * false: a page-scoped rule (it still hides its finds on the live page) that does not run on
   * the whole page copy before Readability either: what it finds is a line or two (a trail, a
   * counter, a row of tag links) that cannot tip Readability's choice, and whatever of it
   * Readability keeps, the pass over the article removes. Measured: leaving these out of that
   * pass changed the text of none of the 181 benchmark pages and 23 fixtures.
   */
  steers?: false;
  /** Outermost matching elements under root, in document order; never root itself. */
  find(root: ParentNode): Element[];
}
