// Colour theme: the reader's choice (light, dark, system), kept in localStorage under "theme",
// the only key the site stores. BaseLayout inlines this file, byte for byte, in <head> (the CSP
// allows it by its hash): it runs before first paint, with no request to wait for, so the other
// theme never flashes. Without JavaScript the page follows the system.
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  function stored() {
    try {
      var value = localStorage.getItem(KEY);
      return value === 'light' || value === 'dark' ? value : 'system';
    } catch (e) {
      return 'system';
    }
  }
  function apply(choice) {
    if (choice === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', choice);
  }
  apply(stored());
  // Notes for readers without JavaScript hide before first paint (global.css .js): no shift.
  root.classList.add('js');
  var syncButtons = function () {};
  function wire() {
    var group = document.getElementById('theme-switch');
    if (!group) return;
    var buttons = group.querySelectorAll('button[data-theme-choice]');
    function sync(choice) {
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute(
          'aria-pressed',
          String(buttons[i].getAttribute('data-theme-choice') === choice),
        );
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var choice = event.currentTarget.getAttribute('data-theme-choice');
        try {
          if (choice === 'system') localStorage.removeItem(KEY);
          else localStorage.setItem(KEY, choice);
        } catch (e) {
          /* storage refused: the choice lasts for this page only */
        }
        apply(choice);
        sync(choice);
      });
    }
    sync(stored());
    syncButtons = sync;
    group.hidden = false;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
  // Another tab changed the choice: follow it.
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      apply(stored());
      syncButtons(stored());
    }
  });
})();
