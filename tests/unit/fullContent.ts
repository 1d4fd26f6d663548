import { content as appContent } from '../../src/content';
import { COMPARISON } from '../../src/content/comparison';
import type { Content } from '../../src/content/schema';
import { SOURCES } from '../../src/content/sources';

/** The whole content as the schema checks it: the app's bundle with its sources and the comparison. */
export const content: Content = { ...appContent, comparison: COMPARISON, sources: [...SOURCES] };
