// Browser side of the chat page: get a Direct Line token from our own server, then let the
// official Web Chat bundle (served from node_modules, no CDN) render the conversation.
// A reload of the page in the same tab continues the same conversation (sessionStorage keeps
// its id and token; the token is refreshed), so reloading neither loses answers nor opens a
// new conversation against the per-address cap.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var status = document.getElementById('chat-status');
  // A path means this server's own Direct Line endpoint; a full URL means Azure Direct Line.
  var domain = new URL(config.domain, window.location.href).href.replace(/\/$/, '');
  var KEY = 'feedback-chat';

  function fail() {
    if (status) status.textContent = config.texts.unavailable;
  }

  function json(response) {
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  function saved() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  // The page's language goes with the token, so the bot greets in it.
  function newConversation() {
    return fetch(config.tokenUrl, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: config.webChatLocale }),
    })
      .then(json)
      .then(function (session) {
        return { token: session.token, conversationId: session.conversationId, resumed: false };
      });
  }

  function resume(previous) {
    return fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + previous.token } })
      .then(json)
      .then(function (session) {
        return { token: session.token, conversationId: session.conversationId, resumed: true };
      });
  }

  var previous = saved();
  (previous && previous.token ? resume(previous).catch(newConversation) : newConversation())
    .then(function (session) {
      try {
        window.sessionStorage.setItem(KEY, JSON.stringify({ token: session.token, conversationId: session.conversationId }));
      } catch (e) {
        // Private modes may refuse storage: the chat still works, a reload starts again.
      }
      var directLine = window.WebChat.createDirectLine({
        domain: domain,
        token: session.token,
        conversationId: session.resumed ? session.conversationId : undefined,
        webSocket: false,
        pollingInterval: config.pollingInterval,
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: config.webChatLocale,
          styleOptions: {
            hideUploadButton: true,
            sendBoxTextWrap: true,
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
            accent: '#1d4f91',
            bubbleBackground: '#f3f2f1',
            bubbleFromUserBackground: '#dbe7f5',
            suggestedActionLayout: 'flow',
            botAvatarInitials: config.texts.botInitials,
            userAvatarInitials: config.texts.userInitials,
          },
        },
        document.getElementById('webchat'),
      );
    })
    .catch(fail);
})();
