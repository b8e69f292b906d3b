// Browser side of the chat page: fetch a Direct Line token from our own server, then let the
// official Web Chat bundle (served from node_modules, no CDN) render the conversation.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var status = document.getElementById('chat-status');

  function fail() {
    if (status) status.textContent = config.texts.unavailable;
  }

  // The page's language goes with the token, so the bot greets in it.
  fetch(config.tokenUrl, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: config.webChatLocale }),
  })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        // A path means this server's own Direct Line endpoint; a full URL means Azure Direct Line.
        domain: new URL(config.domain, window.location.href).href.replace(/\/$/, ''),
        token: session.token,
        webSocket: false,
        pollingInterval: config.pollingInterval,
      });
      var root = document.getElementById('webchat');
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
        root,
      );
    })
    .catch(fail);
})();
