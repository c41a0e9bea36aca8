// Channels live: one event stream per page (the server sends every new post of the reader's channels).
// On a channel's page a post of that channel is added at the bottom and the channel marked read up to it;
// on the list of channels the unread badge of the post's channel counts up. Texts go in as text, never as HTML.
(function () {
  var channel = document.getElementById('channel');
  var list = document.getElementById('my-channels');
  if (!channel && !list) { return; }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var kinds = window.civicgridKinds || {};
  // a chat reads from the bottom: the newest posts and the composer in view
  if (channel && !location.hash) { window.scrollTo(0, document.body.scrollHeight); }
  var source = new EventSource('/messaging/live');
  source.addEventListener('post', function (e) {
    var post = JSON.parse(e.data);
    if (channel && String(post.channelId) === channel.dataset.id) {
      // a thread's page shows its own replies and steps only
      if (channel.dataset.thread && String(post.parentId) !== channel.dataset.thread) { return; }
      show(post);
      return;
    }
    if (list) { count(post); }
  });

  function show(post) {
    if (document.getElementById('post-' + post.id)) { return; }
    var node = document.getElementById('post-template').content.firstElementChild.cloneNode(true);
    node.id = 'post-' + post.id;
    node.dataset.id = post.id;
    node.dataset.seq = post.seq;
    node.dataset.kind = post.kind;
    node.dataset.staff = post.authorStaff;
    if (post.caseStep) { node.dataset.step = post.caseStep; }
    node.querySelector('.post-kind').textContent = kinds[post.kind] || post.kind;
    node.querySelector('.post-author').textContent = post.authorName;
    node.querySelector('.post-time').textContent = new Date(post.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    node.querySelector('.post-title').textContent = post.title || '';
    node.querySelector('.post-body').textContent = post.body;
    if (post.kind === 'EMERGENCY' || post.confirmRead) {
      // acknowledge or confirm right here: a small form like the page's own, with the CSRF token
      var form = document.createElement('form');
      form.method = 'post';
      form.action = '/messaging/posts/' + post.id + '/confirm';
      form.className = 'mt-1';
      var csrf = document.querySelector('meta[name="_csrf_parameter"]');
      if (token) {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = csrf ? csrf.content : '_csrf';
        hidden.value = token.content;
        form.appendChild(hidden);
      }
      var button = document.createElement('button');
      button.type = 'submit';
      button.className = 'btn btn-sm btn-success post-confirm';
      button.textContent = post.kind === 'EMERGENCY' ? (channel.dataset.acknowledge || '收到') : (channel.dataset.confirm || '确认已读');
      form.appendChild(button);
      node.appendChild(form);
    }
    node.classList.add('post-live');
    document.getElementById('posts').appendChild(node);
    var none = document.getElementById('no-posts');
    if (none) { none.remove(); }
    channel.dataset.seq = post.seq;
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) { headers[header.content] = token.content; }
    fetch('/messaging/channels/' + channel.dataset.id + '/read', { method: 'POST', headers: headers, body: 'seq=' + post.seq });
  }

  function count(post) {
    var item = list.querySelector('.my-channel[data-id="' + post.channelId + '"]');
    if (!item) { return; }
    var unread = Number(item.dataset.unread) + 1;
    item.dataset.unread = unread;
    var badge = item.querySelector('.channel-unread');
    badge.textContent = unread > 99 ? '99+' : unread;
    badge.classList.remove('d-none');
  }
})();
