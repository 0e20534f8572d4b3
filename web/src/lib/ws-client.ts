/**
 * A JSON WebSocket that reconnects with backoff; the server sends a fresh
 * snapshot on every connect, so nothing needs replaying on our side.
 */

export type SocketStatus = 'connecting' | 'open' | 'closed';

export interface LiveSocketOptions {
  path: string;
  onMessage: (message: unknown) => void;
  onStatus?: (status: SocketStatus) => void;
  maxDelayMs?: number;
}

export function socketUrl(path: string, location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

export function createLiveSocket({ path, onMessage, onStatus, maxDelayMs = 15_000 }: LiveSocketOptions) {
  let socket: WebSocket | undefined;
  let attempts = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function connect() {
    onStatus?.('connecting');
    socket = new WebSocket(socketUrl(path, window.location));
    socket.onopen = () => {
      attempts = 0;
      onStatus?.('open');
    };
    socket.onmessage = (event) => {
      try {
        onMessage(JSON.parse(String(event.data)));
      } catch {
        // A frame that is not JSON carries nothing we can show.
      }
    };
    socket.onclose = () => {
      onStatus?.('closed');
      if (stopped) return;
      const delay = Math.min(maxDelayMs, 500 * 2 ** attempts++);
      timer = setTimeout(connect, delay);
    };
  }

  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
