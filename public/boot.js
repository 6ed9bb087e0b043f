// Runs before the app: when the browser cannot run the WebAssembly explorer (roughly older than
// iOS 15 / Chrome 96), or the app has not started after a while, say so with the link to the
// original text: above the pre-rendered report when the build put one in the page (it stays
// readable), else in place of the loading skeleton. Builds nodes, never HTML strings.
(function () {
  var boot = document.getElementById('boot');
  if (!boot) return;
  var original = boot.getAttribute('data-original') || '';

  function show(message) {
    var box = document.getElementById('boot');
    if (!box) return; // the app has started
    var prerendered = box.classList.contains('prerendered');
    if (!prerendered) {
      while (box.firstChild) box.removeChild(box.firstChild);
    }
    box.removeAttribute('aria-busy');
    var p = document.createElement('p');
    p.className = 'boot-fallback';
    p.setAttribute('role', 'alert');
    p.appendChild(document.createTextNode(message));
    if (original) {
      p.appendChild(document.createTextNode(' '));
      var a = document.createElement('a');
      a.href = original;
      a.appendChild(document.createTextNode('阅读报告原文'));
      p.appendChild(a);
    }
    if (prerendered) box.insertBefore(p, box.firstChild);
    else box.appendChild(p);
  }

  var supported = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' &&
    'noModule' in document.createElement('script');
  if (!supported) {
    show('您的浏览器版本较旧，无法显示交互式报告（需要 iOS 15、Chrome 96 或更新版本）。您可以直接阅读原文。');
    return;
  }
  window.setTimeout(function () {
    show('报告加载时间较长，可能是网络较慢或浏览器不支持。请稍后刷新，或直接阅读原文。');
  }, 20000);
})();
