/**
 * The popup's test hooks (asked of the popup owner; see docs/TEAM.md). One place to change if they move.
 * - The popup takes `?tab=<id>`: opened as a tab (as tests must, Firefox has no scriptable toolbar popup) it
 *   has no active tab of its own.
 */
export const POPUP_PATH = 'popup/index.html';
/** Set once the popup has rendered its first real state (card, message or library). */
export const READY = 'body[data-ready="1"]';
/** The "Save" action for the current tab's card. */
export const SAVE = '[data-action="save"]';
/** One element per saved summary in the popup's library list. */
export const SAVED_ITEM = '[data-saved-item]';
