/**
 * detect.js: the news detection of the always-on content script, in a file of its own that the build marks
 * for eager compilation (detector.ts says why). Listed before content.js wherever the two are injected.
 */
import { isNewsPage } from '../core/detect/is-news-page.ts';
import { publishDetector } from './detector.ts';

publishDetector(isNewsPage);
