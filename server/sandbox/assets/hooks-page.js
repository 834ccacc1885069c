// Sandbox EHR page script: fires CDS Hooks through the sandbox server and renders the cards.
// Card Markdown is rendered into DOM text nodes only (no innerHTML), so card content cannot inject HTML.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('hooks-config').textContent);
  var cardsEl = document.querySelector('[data-testid="cards"]');
  var statusEl = document.querySelector('[data-testid="hook-status"]');
  var draftEl = document.querySelector('[data-testid="draft-orders"]');
  var logEl = document.querySelector('[data-testid="feedback-log"]');
  var extraOrders = [];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  // Inline Markdown: **bold**, *italic*, [text](http(s) url), backslash escapes. Everything else is text.
  function inline(text) {
    var out = [];
    var re = /\\([\\`*_{}\[\]()#+!|<>~-])|\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
    var last = 0, m;
    while ((m = re.exec(text))) {
      if (m.index > last) out.push(text.slice(last, m.index));
      if (m[1] !== undefined) out.push(m[1]);
      else if (m[2] !== undefined) out.push(el('strong', {}, inline(m[2])));
      else if (m[3] !== undefined) out.push(el('em', {}, inline(m[3])));
      else out.push(el('a', { href: m[5], target: '_blank', rel: 'noopener noreferrer' }, [m[4]]));
      last = re.lastIndex;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  function markdown(md) {
    var frag = document.createDocumentFragment();
    md.split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split('\n').filter(function (l) { return l.trim() !== ''; });
      if (!lines.length) return;
      var isList = lines.every(function (l) { return /^\s*(- |\d+\. )/.test(l) || /^\s{2,}/.test(l); });
      if (isList) {
        var ordered = /^\d+\. /.test(lines[0]);
        var list = el(ordered ? 'ol' : 'ul', ordered ? { start: lines[0].match(/^(\d+)/)[1] } : {});
        lines.forEach(function (l) {
          var nested = /^\s{2,}(- |\d+\. )/.test(l);
          if (nested && list.lastChild) {
            var inner = list.lastChild.querySelector('ul') || list.lastChild.appendChild(el('ul'));
            inner.appendChild(el('li', {}, inline(l.replace(/^\s*(- |\d+\. )/, ''))));
          } else if (/^\s*(- |\d+\. )/.test(l)) {
            list.appendChild(el('li', {}, inline(l.replace(/^\s*(- |\d+\. )/, ''))));
          } else if (list.lastChild) {
            list.lastChild.appendChild(el('br'));
            inline(l.trim()).forEach(function (n) { list.lastChild.appendChild(typeof n === 'string' ? document.createTextNode(n) : n); });
          }
        });
        frag.appendChild(list);
      } else {
        frag.appendChild(el('p', {}, inline(lines.join(' '))));
      }
    });
    return frag;
  }

  function post(path, body) {
    return fetch(config.base + path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); });
  }

  function checkedOrderIds() {
    return Array.prototype.map.call(document.querySelectorAll('input[name="order"]:checked'), function (i) { return i.value; });
  }

  function renderDraft() {
    draftEl.textContent = '';
    Array.prototype.forEach.call(document.querySelectorAll('input[name="order"]:checked'), function (i) {
      draftEl.appendChild(el('li', {}, [i.parentElement.textContent.trim()]));
    });
    extraOrders.forEach(function (o) { draftEl.appendChild(el('li', {}, [(o.code && o.code.text) || 'Suggested order', ' (from a card)'])); });
  }

  function sendFeedback(serviceId, item) {
    return post('/hooks/feedback', { serviceId: serviceId, feedback: [item] }).then(function (res) {
      var r = res.body && res.body.body && res.body.body.results ? res.body.body.results[0] : null;
      logEl.appendChild(el('li', { 'data-testid': 'feedback-result' }, [item.outcome + ': ' + (r ? r.status : 'HTTP ' + res.status)]));
    });
  }

  function renderCard(serviceId, card) {
    var box = el('article', { 'data-testid': 'card', 'data-indicator': card.indicator, 'aria-label': card.summary, style: 'border:1px solid #d0d7de;border-left:6px solid ' + (card.indicator === 'warning' ? '#b58a00' : card.indicator === 'critical' ? '#b42318' : '#123c5a') + ';padding:.5rem .75rem;margin:.5rem 0' });
    box.appendChild(el('h3', { style: 'font-size:1rem;margin:.25rem 0', 'data-testid': 'card-summary' }, [card.summary]));
    var src = card.source || {};
    box.appendChild(el('p', { class: 'note' }, src.url ? [el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, [src.label])] : [src.label || '']));
    if (card.detail) {
      var details = el('details', {}, [el('summary', {}, ['Reasoning and evidence'])]);
      details.appendChild(markdown(card.detail));
      box.appendChild(details);
    }
    (card.links || []).forEach(function (l) {
      box.appendChild(el('p', {}, [el('a', { href: l.type === 'smart' ? config.base + '/launch?patient=' + encodeURIComponent(config.patientId) + '&user=' + encodeURIComponent(config.userId) : l.url, target: '_blank', rel: 'noopener noreferrer' }, [l.label])]));
    });
    (card.suggestions || []).forEach(function (s) {
      var b = el('button', { type: 'button', class: 'primary', 'data-testid': 'accept-suggestion' }, ['Accept: ' + s.label]);
      b.addEventListener('click', function () {
        (s.actions || []).forEach(function (a) { if (a.type === 'create' && a.resource) extraOrders.push(a.resource); });
        renderDraft();
        sendFeedback(serviceId, { card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: s.uuid }], outcomeTimestamp: new Date().toISOString() });
        box.setAttribute('data-state', 'accepted');
      });
      box.appendChild(b);
    });
    var reasonId = 'reason-' + card.uuid;
    var select = el('select', { id: reasonId, 'data-testid': 'override-reason' }, (card.overrideReasons || []).map(function (r, i) { return el('option', { value: String(i) }, [r.display]); }));
    var comment = el('input', { type: 'text', 'aria-label': 'Comment', placeholder: 'Comment (optional)', 'data-testid': 'override-comment' });
    var dismiss = el('button', { type: 'button', 'data-testid': 'dismiss-card' }, ['Dismiss']);
    dismiss.addEventListener('click', function () {
      var reason = (card.overrideReasons || [])[Number(select.value)];
      var item = { card: card.uuid, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() };
      if (reason || comment.value) item.overrideReason = Object.assign({}, reason ? { reason: reason } : {}, comment.value ? { userComment: comment.value } : {});
      sendFeedback(serviceId, item);
      box.setAttribute('data-state', 'dismissed');
      box.style.borderLeftColor = '#57606a';
      box.insertBefore(el('p', { class: 'note' }, ['Dismissed']), box.firstChild);
    });
    box.appendChild(el('div', {}, [el('label', { for: reasonId }, ['Reason ']), select, ' ', comment, ' ', dismiss]));
    return box;
  }

  function fire(serviceId, selectedIds) {
    statusEl.textContent = 'Calling ' + serviceId + '…';
    return post('/hooks/fire', { serviceId: serviceId, patientId: config.patientId, userId: config.userId, encounterId: config.encounterId || undefined, orderIds: checkedOrderIds(), selectedIds: selectedIds || [], extraOrders: extraOrders })
      .then(function (res) {
        var result = res.body || {};
        var cards = (result.body && result.body.cards) || [];
        // Stale guidance: cards from an earlier call to the same service are replaced.
        Array.prototype.forEach.call(cardsEl.querySelectorAll('[data-service="' + serviceId + '"]'), function (n) { n.remove(); });
        var group = el('div', { 'data-service': serviceId });
        cards.forEach(function (c) { group.appendChild(renderCard(serviceId, c)); });
        cardsEl.appendChild(group);
        statusEl.textContent = serviceId + ': HTTP ' + result.status + ', ' + cards.length + ' card' + (cards.length === 1 ? '' : 's');
        statusEl.setAttribute('data-done', serviceId);
      })
      .catch(function (e) { statusEl.textContent = serviceId + ' failed: ' + e.message; });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[name="order"]'), function (input) {
    input.addEventListener('change', function () {
      renderDraft();
      if (input.checked) fire('ddx-order-select', [input.value]);
    });
  });
  document.querySelector('[data-testid="sign-orders"]').addEventListener('click', function () { fire('ddx-order-sign'); });
  fire('ddx-patient-view');
})();
