import { composeStory } from '@storybook/react-vite';
import type { MigrationLogDataSource } from '../../../src/core/types.js';
import meta, * as viewStories from '../../../stories/MigrationLogView.stories.js';

/** The view's Default story over `dataSource`, ten rows a page: a few pages from a small source. */
export function tenRowView(dataSource: MigrationLogDataSource) {
  return composeStory(
    { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource, defaultQuery: { pageSize: 10 } } },
    meta,
  );
}
