// Coverage: aggregator pages -> outlets; wire copies among them; same-story grouping for the cache.
export { readAggregator } from './aggregator';
export { type GroupOptions, groupStories, type StoryRow } from './group-stories';
export type { StoryDoc } from './story-doc';
export {
  defaultStoryOptions,
  StoryIndex,
  type StoryIndexJSON,
  type StoryIndexOptions,
} from './story-index';
export { groupWireCopies, type WireGroup, type WireItem } from './wire-copies';
