import { describe, expect, it } from 'vitest';
import {
  type Attached,
  articleDocId,
  articleIdOf,
  type Refiled,
  StoryAttacher,
} from '../../../lib/coverage/attach';
import type { StoryDoc } from '../../../lib/coverage/story-doc';
import { type RecallReport, readingOrder, recallReports } from './recall-reports';

// When the live index splits a story, the cache's stories follow: the articles that left are
// handed back to be refiled, unless an aggregator page vouched for the half that left.

const articleOf = (r: RecallReport): StoryDoc => ({
  id: articleDocId(r.id),
  title: r.title,
  text: r.lead,
  published: r.published,
});

const itemOf = (storyId: string, r: RecallReport): StoryDoc => ({
  ...articleOf(r),
  id: `item ${storyId} https://cards.example/${r.id}`,
});

const report = (id: string) => recallReports.find((r) => r.id === id) as RecallReport;

/** The cache's article -> story column, written as the worker writes it. */
class Filed extends Map<string, string> {
  refile(moved: readonly Refiled[]): void {
    for (const { articleId, storyId } of moved) this.set(articleId, storyId);
  }

  attach(attacher: StoryAttacher, r: RecallReport): Attached {
    const attached = attacher.addArticle(articleOf(r), null);
    this.refile(attached.moved);
    if (!attached.storyId) return attached;
    this.set(r.id, attached.storyId);
    const founder = attached.founder && articleIdOf(attached.founder);
    if (founder) this.set(founder, attached.storyId);
    return attached;
  }
}

describe('StoryAttacher when the index splits a story', () => {
  it('refiles the reports that left, so each recall has a cache story of its own', () => {
    const attacher = new StoryAttacher();
    const filed = new Filed();
    const results = readingOrder.map((r) => filed.attach(attacher, r));
    // The premise: the second Prius report splits off the two RAV4 reports filed before it.
    expect(attacher.index.storyOf(articleDocId('r1'))).not.toBe(
      attacher.index.storyOf(articleDocId('p1')),
    );
    const split = results[readingOrder.indexOf(report('p2'))] as Attached;
    const rav4Story = filed.get('r3');
    expect(split.moved).toEqual([
      { articleId: 'r1', storyId: rav4Story },
      { articleId: 'r2', storyId: rav4Story },
    ]);

    const storiesOf = (model: string) =>
      new Set(recallReports.filter((r) => r.model === model).map((r) => filed.get(r.id)));
    expect(storiesOf('prius')).toEqual(new Set([filed.get('p1')]));
    expect(storiesOf('rav4')).toEqual(new Set([rav4Story]));
    expect(rav4Story).not.toBe(filed.get('p1'));
    expect(attacher.related(rav4Story as string)).toEqual([rav4Story]);
  });

  it('refiles the articles a split moves when an aggregator page’s items set it off', () => {
    const attacher = new StoryAttacher();
    const filed = new Filed();
    for (const id of ['p1', 'r1', 'r2']) filed.attach(attacher, report(id));
    expect(new Set(filed.values()).size).toBe(1);

    const moved = attacher.addItems('story:prius-page', [itemOf('story:prius-page', report('p2'))]);
    filed.refile(moved);
    expect(moved.map((m) => m.articleId)).toEqual(['r1', 'r2']);
    expect(filed.get('r1')).toBe(filed.get('r2'));
    expect(filed.get('r1')).not.toBe(filed.get('p1'));
    // The next RAV4 report joins the two that moved.
    expect(filed.attach(attacher, report('r3')).storyId).toBe(filed.get('r1'));
  });

  it('never splits an aggregator’s items away from its story', () => {
    const attacher = new StoryAttacher();
    const filed = new Filed();
    // One aggregator page listed both recalls as one story.
    const page = 'story:toyota-recalls';
    attacher.addItems(page, [itemOf(page, report('p1')), itemOf(page, report('r1'))]);
    for (const id of ['p2', 'r2', 'p3', 'r3']) {
      const attached = filed.attach(attacher, report(id));
      expect(attached.moved).toEqual([]);
    }
    // The premise: the index did split the story, with the RAV4 card in the half that left.
    const rav4 = attacher.index.storyOf(itemOf(page, report('r1')).id);
    expect(rav4).not.toBe(attacher.index.storyOf(itemOf(page, report('p1')).id));
    expect(attacher.index.storyOf(articleDocId('r3'))).toBe(rav4);
    expect(new Set(filed.values())).toEqual(new Set([page]));
  });

  it('restores a split from plain data: the next report joins the ones that moved', () => {
    const attacher = new StoryAttacher();
    const filed = new Filed();
    for (const id of ['p1', 'r1', 'r2', 'p2']) filed.attach(attacher, report(id));
    const restored = StoryAttacher.fromJSON(structuredClone(attacher.toJSON()));
    const next = articleOf(report('r3'));
    expect(restored.addArticle(next, null)).toEqual(attacher.addArticle(next, null));
    expect(restored.addArticle(next, null).storyId).toBe(filed.get('r2'));
    expect(filed.get('r2')).not.toBe(filed.get('p1'));
  });
});
