// "Cite this": adds a Copy button to each citation (src/components/CiteThis.astro). Without
// JavaScript, or without the Clipboard API, the buttons stay hidden and the text stays selectable.
// A file (not inline) because the Content-Security-Policy allows scripts from 'self' only.
(function () {
  if (!navigator.clipboard) return;
  var buttons = document.querySelectorAll('button[data-copy]');
  for (var i = 0; i < buttons.length; i++) wire(buttons[i]);
  function wire(button) {
    var section = button.closest('[data-cite]');
    var status = section && section.querySelector('[data-cite-status]');
    var label = button.querySelector('[data-copy-label]');
    var idle = label.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = document.getElementById(button.getAttribute('data-copy'));
      navigator.clipboard.writeText(text.textContent).then(
        function () {
          label.textContent = section.getAttribute('data-copied');
          if (status) status.textContent = section.getAttribute('data-copied');
          setTimeout(function () {
            label.textContent = idle;
          }, 2000);
        },
        function () {
          var range = document.createRange();
          range.selectNodeContents(text);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          if (status) status.textContent = section.getAttribute('data-failed');
        },
      );
    });
  }
})();
