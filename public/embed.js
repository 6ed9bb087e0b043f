// 报告速览 / Report Explorer: embed helper for portal pages. Include once per page:
//
//   <iframe data-report-explorer src="https://example.gov.cn/xxgk/report/?embed=1" title="报告速览"
//     width="100%" height="600" frameborder="0" loading="lazy"
//     sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"></iframe>
//   <script src="https://example.gov.cn/xxgk/report/embed.js" defer></script>
//
// It sizes every <iframe data-report-explorer> to its content (the explorer posts
// {type: "report-explorer:height", height} in embed mode), accepting a message only from that
// iframe's own window and from the origin of its src. window.ReportExplorer.setAll({font, theme,
// elder, speech, rate, cursor, guide}) sends the portal's reading aids to every embedded explorer (and to those
// that load later). No network requests, no globals besides window.ReportExplorer, no HTML strings.
(function () {
  'use strict';
  if (window.ReportExplorer && window.ReportExplorer.version) return;
  var HEIGHT = 'report-explorer:height';
  var SETTINGS = 'report-explorer:settings';
  var current = null; // the last settings given to setAll, sent again to explorers that load later

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-report-explorer]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function send(frame, settings) {
    var origin = originOf(frame);
    if (!origin || origin === 'null' || !frame.contentWindow) return;
    var message = { type: SETTINGS };
    for (var k in settings) {
      if (Object.prototype.hasOwnProperty.call(settings, k) && k !== 'type') message[k] = settings[k];
    }
    frame.contentWindow.postMessage(message, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frames().forEach(function (frame) {
      if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) return;
      var max = Number(frame.getAttribute('data-max-height')) || 50000;
      frame.style.height = Math.min(Math.ceil(height), max) + 'px';
      if (current && !frame.__reportExplorerSettings) {
        frame.__reportExplorerSettings = true;
        send(frame, current);
      }
    });
  });

  window.ReportExplorer = {
    version: 1,
    /** Sends {font: 1..4, theme: "auto"|"light"|"dark"|"eyecare"|"contrast", elder: bool, speech: bool, rate: 1..3, cursor: bool, guide: bool} to every explorer. */
    setAll: function (settings) {
      if (!settings || typeof settings !== 'object') return;
      current = current || {};
      for (var k in settings) {
        if (Object.prototype.hasOwnProperty.call(settings, k)) current[k] = settings[k];
      }
      frames().forEach(function (frame) {
        frame.__reportExplorerSettings = true;
        send(frame, settings);
      });
    },
  };
})();
