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
      draftEl.appendChild(el('li', {}, [i.getAttribute('data-name')]));
    });
    extraOrders.forEach(function (o) { draftEl.appendChild(el('li', {}, [(o.code && o.code.text) || 'Suggested order', ' (from a card)'])); });
  }

  function describeFeedback(item) {
    if (item.outcome === 'accepted') return 'accepted';
    var r = item.overrideReason;
    if (!r) return 'overridden without a reason';
    return 'overridden' + (r.reason ? ' (reason: ' + r.reason.display + ')' : '') + (r.userComment ? ' (comment)' : '');
  }

  function sendFeedback(serviceId, item) {
    return post('/hooks/feedback', { serviceId: serviceId, feedback: [item] }).then(function (res) {
      var r = res.body && res.body.body && res.body.body.results ? res.body.body.results[0] : null;
      var line = el('li', { 'data-testid': 'feedback-result', 'data-card': item.card }, [item.outcome + ': ' + (r ? r.status : 'HTTP ' + res.status) + ' · ' + describeFeedback(item)]);
      logEl.appendChild(line);
    });
  }

  function isHttpUrl(value) {
    try {
      var u = new URL(value);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch (e) {
      return false;
    }
  }

  // A smart link is launched as an EHR launches an app: a fresh EHR launch (iss + launch) of the
  // link's own URL, with the link's appContext stored with the launch; the authorization server
  // returns it to the app as `appContext` in the token response (CDS Hooks 2.0, Link).
  function smartLaunchHref(link) {
    var q = new URLSearchParams({ patient: config.patientId, user: config.userId, encounter: config.encounterId || 'none', app_url: link.url });
    if (typeof link.appContext === 'string' && link.appContext !== '') q.set('app_context', link.appContext);
    return config.base + '/launch?' + q.toString();
  }

  function renderLink(l) {
    if (!l || typeof l.label !== 'string' || !isHttpUrl(l.url)) return null;
    var smart = l.type === 'smart';
    return el('p', {}, [el('a', { href: smart ? smartLaunchHref(l) : l.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': smart ? 'smart-link' : 'absolute-link' }, [l.label])]);
  }

  function renderCard(serviceId, card) {
    var hasUuid = typeof card.uuid === 'string' && card.uuid !== '';
    var attrs = { 'data-testid': 'card', 'data-indicator': card.indicator, 'aria-label': card.summary, style: 'border:1px solid #d0d7de;border-left:6px solid ' + (card.indicator === 'warning' ? '#b58a00' : card.indicator === 'critical' ? '#b42318' : '#123c5a') + ';padding:.5rem .75rem;margin:.5rem 0' };
    if (hasUuid) attrs['data-card-uuid'] = card.uuid;
    var box = el('article', attrs);
    box.appendChild(el('h3', { style: 'font-size:1rem;margin:.25rem 0', 'data-testid': 'card-summary' }, [card.summary]));
    var src = card.source || {};
    box.appendChild(el('p', { class: 'note' }, src.url && isHttpUrl(src.url) ? [el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, [src.label])] : [src.label || '']));
    if (card.detail) {
      var details = el('details', {}, [el('summary', {}, ['Reasoning and evidence'])]);
      details.appendChild(markdown(card.detail));
      box.appendChild(details);
    }
    (card.links || []).forEach(function (l) {
      var link = renderLink(l);
      if (link) box.appendChild(link);
    });
    var acceptButtons = [];
    var controls = null;
    (card.suggestions || []).forEach(function (s) {
      var battrs = { type: 'button', class: 'primary', 'data-testid': 'accept-suggestion' };
      if (typeof s.uuid === 'string') battrs['data-suggestion-uuid'] = s.uuid;
      var b = el('button', battrs, ['Accept: ' + s.label]);
      b.addEventListener('click', function () {
        // The EHR adds the proposed orders to its draft list (with an id of its own) and reports the acceptance.
        (s.actions || []).forEach(function (a) {
          if (a.type === 'create' && a.resource) extraOrders.push(Object.assign({}, a.resource, { id: a.resource.id || 'suggested-' + (extraOrders.length + 1) }));
        });
        renderDraft();
        if (hasUuid && typeof s.uuid === 'string') sendFeedback(serviceId, { card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: s.uuid }], outcomeTimestamp: new Date().toISOString() });
        box.setAttribute('data-state', 'accepted');
        // Accepted and overridden are exclusive outcomes: once accepted, the card can no longer be dismissed.
        acceptButtons.forEach(function (x) { x.disabled = true; });
        if (controls) Array.prototype.forEach.call(controls.querySelectorAll('select, input, button'), function (x) { x.disabled = true; });
        b.parentNode.insertBefore(el('p', { class: 'note', 'data-testid': 'accepted' }, ['Accepted: ' + s.label + ' (added to the draft orders)']), b);
      });
      acceptButtons.push(b);
      box.appendChild(b);
    });
    if (hasUuid) {
      controls = dismissControls(serviceId, card, box, acceptButtons);
      box.appendChild(controls);
    }
    return box;
  }

  // Dismissing reports `overridden` feedback. The reason is only ever one the user picked: the list
  // starts at "Choose a reason…", and a dismissal with neither a reason nor a comment asks first; the
  // user can then explicitly dismiss without a reason (CDS Hooks allows it; then no overrideReason
  // is sent, since it needs a reason and/or a userComment).
  function dismissControls(serviceId, card, box, acceptButtons) {
    var reasons = card.overrideReasons || [];
    var reasonId = 'reason-' + card.uuid;
    var commentId = 'comment-' + card.uuid;
    var messageId = 'dismiss-message-' + card.uuid;
    var select = el('select', { id: reasonId, 'data-testid': 'override-reason', 'aria-describedby': messageId },
      [el('option', { value: '' }, ['Choose a reason…'])].concat(reasons.map(function (r, i) { return el('option', { value: String(i) }, [r.display]); })));
    var comment = el('input', { type: 'text', id: commentId, placeholder: 'Optional', 'aria-describedby': messageId, 'data-testid': 'override-comment' });
    var dismiss = el('button', { type: 'button', 'data-testid': 'dismiss-card' }, ['Dismiss']);
    var withoutReason = el('button', { type: 'button', 'data-testid': 'dismiss-without-reason', hidden: '' }, ['Dismiss without a reason']);
    var message = el('p', { id: messageId, 'data-testid': 'dismiss-message', 'aria-live': 'assertive', style: 'color:#b42318;margin:.25rem 0' });

    function clearMessage() {
      message.textContent = '';
      select.removeAttribute('aria-invalid');
      withoutReason.hidden = true;
    }
    function finish(reason, text) {
      var item = { card: card.uuid, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() };
      if (reason || text) {
        item.overrideReason = {};
        if (reason) item.overrideReason.reason = { system: reason.system, code: reason.code, display: reason.display };
        if (text) item.overrideReason.userComment = text;
      }
      sendFeedback(serviceId, item);
      clearMessage();
      [select, comment, dismiss, withoutReason].concat(acceptButtons).forEach(function (x) { x.disabled = true; });
      box.setAttribute('data-state', 'dismissed');
      box.style.borderLeftColor = '#57606a';
      box.insertBefore(el('p', { class: 'note', 'data-testid': 'dismissed' }, ['Dismissed']), box.firstChild);
    }
    select.addEventListener('change', clearMessage);
    comment.addEventListener('input', clearMessage);
    dismiss.addEventListener('click', function () {
      var reason = select.value === '' ? undefined : reasons[Number(select.value)];
      var text = comment.value.trim();
      if (!reason && !text) {
        message.textContent = 'Choose a reason or write a comment, or dismiss without a reason.';
        select.setAttribute('aria-invalid', 'true');
        withoutReason.hidden = false;
        select.focus();
        return;
      }
      finish(reason, text);
    });
    withoutReason.addEventListener('click', function () { finish(undefined, ''); });
    return el('div', { 'data-testid': 'dismiss-controls' }, [
      el('label', { for: reasonId }, ['Reason ']), select, ' ',
      el('label', { for: commentId }, ['Comment ']), comment, ' ', dismiss, ' ', withoutReason, message,
    ]);
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
