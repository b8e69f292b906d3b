// botframework-directlinejs uses XMLHttpRequest (rxjs ajax); Node has none, xhr2 provides it.
import XMLHttpRequest from 'xhr2';
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';

(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= XMLHttpRequest;

class NoWebSocket {
  constructor() {
    throw new Error('this endpoint serves Direct Line by polling only');
  }
}

/** The official Direct Line client on our endpoint, collecting what the bot says. */
export class DirectLineChat {
  readonly directLine: DirectLine;
  private readonly received: Message[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly subscription: { unsubscribe(): void };
  watermark = '';

  constructor(baseUrl: string, options: { token: string; conversationId?: string; watermark?: string }) {
    this.directLine = new DirectLine({
      // Polling only (webSocket: false), but the client still looks the constructor up; Node 20 has none.
      ...({ WebSocket: NoWebSocket } as object),
      domain: `${baseUrl}/v3/directline`,
      webSocket: false,
      pollingInterval: 200,
      token: options.token,
      conversationId: options.conversationId,
      watermark: options.watermark,
    });
    this.subscription = this.directLine.activity$.subscribe((activity: Activity) => {
      // Our activity ids are "<conversation>|<watermark>" (bot/directline/conversation-registry.ts).
      const seq = activity.id?.split('|')[1];
      if (seq && /^\d+$/.test(seq)) this.watermark = String(Number(seq));
      if (activity.type === 'message' && activity.from.role === 'bot') {
        this.received.push(activity);
        for (const wake of this.waiters.splice(0)) wake();
      }
    });
  }

  get texts(): string[] {
    return this.received.map((m) => m.text ?? '');
  }

  /** Waits until the bot has said something matching, and returns it. */
  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.texts.find((t) => pattern.test(t));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`bot never said ${pattern}; it said:\n${this.texts.join('\n---\n')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  async say(text: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.directLine
        .postActivity({ type: 'message', from: { id: 'ignored-by-server', role: 'user' }, text })
        .subscribe({ next: () => resolve(), error: reject });
    });
  }

  /** Says something and waits for the bot's next message that matches. */
  async ask(text: string, pattern: RegExp): Promise<string> {
    const before = this.received.length;
    await this.say(text);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.texts.slice(before).find((t) => pattern.test(t));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`after "${text}" the bot never said ${pattern}; it said:\n${this.texts.slice(before).join('\n---\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}
