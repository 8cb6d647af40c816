/**
 * GraphiQL draws each tab as an `<li role="tab">` holding the button that selects it: a control
 * inside a control, which screen readers announce unreliably (axe: nested-interactive). The
 * button is what a person presses, so it takes the tab's role and state, and the item around it
 * becomes presentation. GraphiQL redraws the tabs as they change, so they are kept so while
 * `root` is in the page; the function returned stops it.
 */
export function keepTabRolesOnButtons(root: HTMLElement): () => void {
  const setAttribute = (element: Element, name: string, value: string) => {
    // Only a real change: the observer below sees its own writes.
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  };
  const apply = () => {
    for (const item of root.querySelectorAll('li.graphiql-tab')) {
      const button = item.querySelector('.graphiql-tab-button');
      if (!button) continue;
      setAttribute(item, 'role', 'presentation');
      if (item.hasAttribute('aria-selected')) item.removeAttribute('aria-selected');
      setAttribute(button, 'role', 'tab');
      setAttribute(button, 'aria-selected', String(item.classList.contains('graphiql-tab-active')));
    }
  };
  const observer = new MutationObserver(apply);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'role', 'aria-selected'] });
  apply();
  return () => observer.disconnect();
}
