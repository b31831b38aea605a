/*
 * Conflict Claims Map: resizes the map's iframes to their content. Include it once on the
 * host page: <script src="https://YOUR-MAP-HOST/embed-resize.js" defer></script>
 * Each frame posts { type: 'conflict-map:height', id, height } when its height changes; a frame
 * is resized only when the message comes from that frame's own window and the height is sane.
 * On start this script asks every frame for its height ({ type: 'conflict-map:ping' }), since a
 * frame may have posted before this script was listening.
 */
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'conflict-map:height' || typeof data.id !== 'string') return;
    var frame = document.getElementById(data.id);
    if (!frame || frame.tagName !== 'IFRAME' || frame.contentWindow !== event.source) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 100 || height > 20000) return;
    frame.height = String(Math.ceil(height));
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'conflict-map:ping' }, '*');
  }
})();
