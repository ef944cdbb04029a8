(function () {
  var root = document.documentElement;
  try {
    var choice = localStorage.getItem('theme');
    if (choice === 'light' || choice === 'dark') root.setAttribute('data-theme', choice);
  } catch (e) {
    /* storage refused: follow the system */
  }
  root.classList.add('js');
})();
