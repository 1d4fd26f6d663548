import { content as appContent } from '../../src/content';
import type { Content } from '../../src/content/schema';
import { SOURCES } from '../../src/content/sources';

/** The whole content as the schema checks it: the app's bundle with its sources. */
export const content: Content = { ...appContent, sources: [...SOURCES] };
