// Runs before the app: when the browser cannot run the WebAssembly explorer (roughly older than
// iOS 15 / Chrome 96), or the app has not started after a while, say so with the link to the
// original text: above the pre-rendered report when the build put one in the page (it stays
// readable), else in place of the loading skeleton. Builds nodes, never HTML strings.
(function () {
  var me = document.currentScript;
  var boot = document.getElementById('boot');
  if (!boot) return;
  var original = boot.getAttribute('data-original') || '';
  // 目标追踪 and 历年对比 are the tracking page's (track/): a link to them on the explorer goes
  // there before anything of the explorer loads.
  if (boot.getAttribute('data-prerender') !== 'off' && /[?&]view=(track|series)(&|#|$)/i.test(location.search)) {
    location.replace('track/' + location.search + location.hash);
    return;
  }

  function show(message) {
    var box = document.getElementById('boot');
    if (!box) return; // the app has started
    var prerendered = box.classList.contains('prerendered');
    if (!prerendered) {
      while (box.firstChild) box.removeChild(box.firstChild);
    }
    box.removeAttribute('aria-busy');
    box.classList.remove('boot-pending');
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

  // The pre-rendered view is the default one. Until the app replaces it, show it in the reader's
  // stored reading aids (the same localStorage keys and <html> classes as the app's
  // use_reading_aids), so a large-font reader never sees small text first; an embedded view
  // (no page chrome) keeps its place empty rather than flash the whole page.
  try {
    var root = document.documentElement;
    var font = Number(JSON.parse(localStorage.getItem('report-explorer:font') || '1'));
    var theme = JSON.parse(localStorage.getItem('report-explorer:theme') || '"auto"');
    var elder = JSON.parse(localStorage.getItem('report-explorer:elder') || 'false') === true;
    // 大鼠标 too: a pointer that is large only once the app has started would jump under the hand.
    var cursor = JSON.parse(localStorage.getItem('report-explorer:cursor') || 'false') === true;
    if (!(font >= 1 && font <= 4)) font = 1;
    if (elder && font < 3) font = 3;
    if (['auto', 'light', 'dark', 'eyecare', 'contrast'].indexOf(theme) < 0) theme = 'auto';
    // <html> starts with the defaults' classes: change it only for other settings (any change
    // restyles the whole page).
    var wanted = ['font-' + font, 'theme-' + theme].concat(elder ? ['elder'] : [], cursor ? ['big-cursor'] : []);
    var now = root.className.split(/\s+/).filter(function (c) {
      return /^(font-|theme-)/.test(c) || c === 'elder' || c === 'big-cursor';
    });
    if (wanted.sort().join(' ') !== now.sort().join(' ')) {
      for (var i = 0; i < now.length; i += 1) root.classList.remove(now[i]);
      for (var j = 0; j < wanted.length; j += 1) root.classList.add(wanted[j]);
    }
  } catch (e) {
    // Storage refused (private mode, sandboxed frame): the defaults stand.
  }
  // The app opens its fold-away panels on wide screens (Explorer::wide, the same media query):
  // open them in the pre-rendered view too, so nothing moves when the app takes over.
  if (window.matchMedia && window.matchMedia('(min-width: 60rem)').matches) {
    var panels = boot.querySelectorAll('details.aids-sheet, details.toc-details, details.filter-sheet');
    for (var i = 0; i < panels.length; i += 1) panels[i].open = true;
  }
  // A link to another report (report=…): the pre-rendered view is the bundled report, which must
  // never stand in for the one asked for. Until the app shows that report, the page says which
  // report is opening (its title from the manifest, once fetched).
  var asked = (/[?&]report=([^&#]*)/.exec(location.search) || [])[1];
  try { asked = asked && decodeURIComponent(asked.replace(/\+/g, ' ')); } catch (e) { asked = ''; }
  var own = boot.getAttribute('data-report');
  if (asked && own && asked !== own && boot.classList.contains('prerendered')) {
    boot.classList.add('boot-other');
    var note = document.createElement('p');
    note.className = 'boot-status boot-opening';
    note.setAttribute('role', 'status');
    note.appendChild(document.createTextNode('正在打开报告…'));
    boot.insertBefore(note, boot.firstChild);
    if (window.fetch) {
      fetch('reports/reports.json').then(function (r) { return r.json(); }).then(function (m) {
        var list = (m && m.reports) || [];
        for (var k = 0; k < list.length; k += 1) {
          var file = String(list[k].file || '');
          var id = list[k].id || file.replace(/\.[^.\/]*$/, '');
          if (id === asked && list[k].title) {
            note.textContent = '正在打开《' + String(list[k].title) + '》…';
          }
        }
      })['catch'](function () {});
    }
  }
  // Embedded, or 纯文本 (view=text): the pre-rendered cards are not what was asked for.
  if (/[?&](embed=|view=text(&|$))/i.test(location.search) && boot.classList.contains('prerendered')) {
    boot.classList.add('boot-pending');
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

  // The app's scripts (named by the build in data attributes of this script's tag) are requested
  // once the page has painted: the pre-rendered report paints from the HTML alone, without
  // sharing its first round trips with the app. Paint Timing tells when; a frame later where it
  // is not supported; after 3 s at the latest (a hidden tab never paints). An embedded view
  // keeps its place empty until the app runs, so it starts at once.
  function afterFirstPaint(go) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      window.setTimeout(go, 0);
    }
    window.setTimeout(once, 3000);
    if (boot.classList.contains('boot-pending')) return once();
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('paint') < 0) return requestAnimationFrame(once);
    new PerformanceObserver(function (list, observer) {
      var entries = list.getEntries();
      for (var k = 0; k < entries.length; k += 1) {
        if (entries[k].name === 'first-contentful-paint') {
          observer.disconnect();
          once();
        }
      }
    }).observe({ type: 'paint', buffered: true });
  }
  function add(tag, attrs) {
    var el = document.createElement(tag);
    for (var name in attrs) el.setAttribute(name, attrs[name]);
    document.head.appendChild(el);
  }
  var loader = me && me.getAttribute('data-loader');
  if (!loader) return; // without scripts/postbuild.mjs the page starts the app itself
  afterFirstPaint(function () {
    var glue = me.getAttribute('data-glue');
    if (glue) {
      add('link', { rel: 'modulepreload', href: glue, integrity: me.getAttribute('data-glue-integrity'), crossorigin: 'anonymous' });
    }
    add('script', { type: 'module', src: loader, integrity: me.getAttribute('data-loader-integrity'), crossorigin: 'anonymous' });
  });
})();
