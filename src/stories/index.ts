export { createStoryEngine, DEFAULT_THRESHOLD, type StoryEngine, type StoryEngineOptions } from './story-engine.js';
export { overlapJudge, scorerJudge, type Judgement, type SameStoryJudge } from './same-story-judge.js';
export type * from './model.js';
export { countStories, getStory, listStories, storyOfArticle, storyPartition } from '../store/story-store.js';
