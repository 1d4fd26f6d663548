// "Update available — reload": a calm notice at the bottom of the screen, read out politely
// (role=status), with Reload and Not now. It never takes the focus.
import messages from 'virtual:ims-messages/en/pwa';
import type ids from '../i18n/locales/en/pwa.json';
import { namespace } from '../i18n/t';
import './updateNotice.css';

const t = namespace<keyof typeof ids>(messages);

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Shows the notice (once); `onReload` starts the new version. */
export function showUpdateNotice(onReload: () => void): void {
  if (document.querySelector('.pwa-update')) return;
  // The live region is in the page before its words, so screen readers announce them.
  const notice = document.createElement('div');
  notice.className = 'pwa-update';
  notice.setAttribute('role', 'status');
  document.body.append(notice);

  // Where the keyboard was before it came here, to go back there on Not now.
  let cameFrom: Element | null = null;
  notice.addEventListener('focusin', (event) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !notice.contains(from)) cameFrom = from;
  });
  const dismiss = () => {
    const hadFocus = notice.contains(document.activeElement);
    notice.remove();
    if (hadFocus && cameFrom instanceof HTMLElement && cameFrom.isConnected) cameFrom.focus();
  };
  notice.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  setTimeout(() => {
    const card = document.createElement('div');
    card.className = 'pwa-update-card';
    const text = document.createElement('p');
    text.textContent = t('pwa.updateReady');
    const actions = document.createElement('div');
    actions.className = 'pwa-update-actions';
    actions.append(
      button(t('pwa.reload'), 'tool-button pwa-update-reload', onReload),
      button(t('pwa.notNow'), 'tool-button', dismiss),
    );
    card.append(text, actions);
    notice.append(card);
  }, 100);
}
